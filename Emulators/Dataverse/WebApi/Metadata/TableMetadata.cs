namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// One table as the Web API serves it: entity set, key, columns by logical name and by JSON property, and the
/// navigation properties that bind its lookups. Built by <see cref="TableBuilder"/>; read-only afterwards.
/// </summary>
internal sealed class TableMetadata
{
    private readonly Dictionary<string, ColumnMetadata> _columns;
    private readonly Dictionary<string, (ColumnMetadata Column, LookupTarget Target)> _navigation;

    public TableMetadata(string logicalName, string entitySetName, string? alternateKey, IEnumerable<ColumnMetadata> columns)
    {
        LogicalName = logicalName;
        EntitySetName = entitySetName;
        AlternateKey = alternateKey;
        _columns = columns.ToDictionary(c => c.LogicalName, StringComparer.Ordinal);
        _navigation = new Dictionary<string, (ColumnMetadata, LookupTarget)>(StringComparer.Ordinal);
        foreach (var column in _columns.Values)
        {
            foreach (var target in column.Targets)
            {
                _navigation[target.NavigationProperty + "|" + target.Table] = (column, target);
            }
        }
    }

    public string LogicalName { get; }

    public string EntitySetName { get; }

    /// <summary>The primary key column, <c>&lt;table&gt;id</c>.</summary>
    public string PrimaryKey => LogicalName + "id";

    /// <summary>The single-column alternate key usable as <c>set(column='value')</c>, or null.</summary>
    public string? AlternateKey { get; }

    /// <summary>The column whose value names a row (a lookup's formatted value): fullname, msi_name, name.</summary>
    public string? PrimaryNameAttribute { get; init; }

    /// <summary>Whether CreateMultiple, UpdateMultiple and UpsertMultiple run on this table (dataverse.md §0.13).</summary>
    public bool SupportsBulkMessages { get; init; }

    /// <summary>Whether the table is the solution's own (the publisher prefix: architecture.md §4).</summary>
    public bool IsCustom => LogicalName.Contains('_', StringComparison.Ordinal);

    /// <summary>Whether rows have an owner (ownerid): UserOwned, otherwise OrganizationOwned.</summary>
    public bool IsUserOwned => _columns.ContainsKey("ownerid");

    /// <summary>The entity type name in messages and <c>@odata.type</c>: <c>Microsoft.Dynamics.CRM.lead</c>.</summary>
    public string TypeName => "Microsoft.Dynamics.CRM." + LogicalName;

    public IEnumerable<ColumnMetadata> Columns => _columns.Values;

    public ColumnMetadata? Column(string logicalName) => _columns.GetValueOrDefault(logicalName);

    /// <summary>The column behind a JSON property: <c>_x_value</c> for lookups, the logical name for the rest.</summary>
    public ColumnMetadata? ByProperty(string property)
    {
        if (property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal) && property.Length > 7)
        {
            return Column(property[1..^6]) is { Type: ColumnType.Lookup } lookup ? lookup : null;
        }

        return Column(property) is { Type: not ColumnType.Lookup } column ? column : null;
    }

    /// <summary>The lookup a navigation property binds, if <paramref name="table"/> is one of its targets.</summary>
    public (ColumnMetadata Column, LookupTarget Target)? ByNavigation(string navigationProperty, string table) =>
        _navigation.TryGetValue(navigationProperty + "|" + table, out var found) ? found : null;

    /// <summary>Whether any lookup has this navigation property (to tell a wrong target from an unknown name).</summary>
    public bool HasNavigation(string navigationProperty) =>
        _columns.Values.Any(c => c.Targets.Any(t => t.NavigationProperty == navigationProperty));
}
