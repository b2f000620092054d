using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// The sort of a collection: the <c>$orderby</c> columns (asc by default, desc on request), then the primary key,
/// as Dataverse sorts for paging (its paging cookie keeps the last key: page-results). Platform ids are
/// sequential, so with no <c>$orderby</c> rows come in creation order. Also compares a row with a paging cookie's
/// position, to find where the next page starts.
/// </summary>
internal sealed class Ordering
{
    private Ordering(TableMetadata table, IReadOnlyList<(ColumnMetadata Column, bool Descending)> keys)
    {
        Table = table;
        Keys = keys;
    }

    public TableMetadata Table { get; }

    /// <summary>The sort keys, the primary key last.</summary>
    public IReadOnlyList<(ColumnMetadata Column, bool Descending)> Keys { get; }

    public static Ordering Parse(TableMetadata table, string? orderBy)
    {
        var keys = new List<(ColumnMetadata, bool)>();
        foreach (var clause in (orderBy ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var column = table.ByProperty(parts[0]) ?? throw ApiException.UnknownProperty(parts[0], table.TypeName);
            var descending = parts.Length > 1 && parts[1] switch
            {
                "desc" => true,
                "asc" => false,
                _ => throw ApiException.BadRequest($"'{parts[1]}' in $orderby is neither asc nor desc."),
            };
            keys.Add((column, descending));
        }

        if (!keys.Any(k => k.Item1.LogicalName == table.PrimaryKey))
        {
            keys.Add((table.Column(table.PrimaryKey)!, false));
        }

        return new Ordering(table, keys);
    }

    public void ApplyTo(QueryExpression query)
    {
        foreach (var (column, descending) in Keys)
        {
            query.AddOrder(column.LogicalName, descending ? OrderType.Descending : OrderType.Ascending);
        }
    }

    /// <summary>Negative when <paramref name="row"/> sorts before the position <paramref name="values"/>, positive after.</summary>
    public int Compare(Entity row, IReadOnlyList<object?> values)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var (column, descending) = Keys[i];
            var value = column.LogicalName == Table.PrimaryKey ? row.Id
                : row.Attributes.TryGetValue(column.LogicalName, out var stored) ? stored : null;
            var order = ValueComparer.CompareNullable(value, values[i]);
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        return 0;
    }
}
