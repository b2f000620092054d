using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// The columns of a <c>$select</c> (<c>firstname,_ownerid_value</c>), or every column when there is none.
/// Lookups are selected by their <c>_x_value</c> name; any other name is OData's "Could not find a property"
/// (web-api-client-errors). The key and the row version are always read, for the key and the ETag.
/// </summary>
internal sealed class Selection
{
    private Selection(TableMetadata table, IReadOnlyList<ColumnMetadata> columns, bool explicitList)
    {
        Table = table;
        Columns = columns;
        IsExplicit = explicitList;
    }

    public TableMetadata Table { get; }

    public IReadOnlyList<ColumnMetadata> Columns { get; }

    public bool IsExplicit { get; }

    /// <summary>The part of <c>@odata.context</c> after the set name: "(firstname,lastname)" or "".</summary>
    public string ContextSuffix => IsExplicit ? "(" + string.Join(',', Columns.Select(c => c.PropertyName)) + ")" : string.Empty;

    public static Selection Parse(TableMetadata table, string? select)
    {
        if (string.IsNullOrWhiteSpace(select))
        {
            return new Selection(table, [.. table.Columns], explicitList: false);
        }

        var columns = new List<ColumnMetadata>();
        foreach (var name in select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var column = table.ByProperty(name) ?? throw ApiException.UnknownProperty(name, table.TypeName);
            if (!columns.Contains(column))
            {
                columns.Add(column);
            }
        }

        return new Selection(table, columns, explicitList: true);
    }

    /// <summary>The ColumnSet to read: the selected columns plus the key, the version and <paramref name="extra"/>.</summary>
    public ColumnSet ToColumnSet(IEnumerable<string>? extra = null)
    {
        if (!IsExplicit)
        {
            return new ColumnSet(true);
        }

        var names = Columns.Select(c => c.LogicalName)
            .Append(Table.PrimaryKey)
            .Append("versionnumber")
            .Concat(extra ?? [])
            .Distinct(StringComparer.Ordinal);
        return new ColumnSet([.. names]);
    }
}
