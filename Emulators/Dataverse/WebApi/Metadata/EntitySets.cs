namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// The tables the emulator serves, by entity set name (case-sensitive, as Dataverse's: dataverse.md §6)
/// and by logical name. A request naming any other set is answered 404 "Resource not found for the segment".
/// </summary>
internal sealed class EntitySets
{
    private readonly Dictionary<string, TableMetadata> _bySet;
    private readonly Dictionary<string, TableMetadata> _byName;

    private EntitySets(IEnumerable<TableMetadata> tables)
    {
        var all = tables.ToList();
        _bySet = all.ToDictionary(t => t.EntitySetName, StringComparer.Ordinal);
        _byName = all.ToDictionary(t => t.LogicalName, StringComparer.Ordinal);
    }

    /// <summary>Every table of the platform, Sales, connection, sync and registration areas.</summary>
    public static EntitySets Standard { get; } =
        new(PlatformTables.All().Concat(SalesTables.All()).Concat(ConnectionTables.All()).Concat(SyncTables.All())
            .Concat(SystemTables.RegistrationTables.All()));

    /// <summary>A set of these tables (the standard ones with some left out: <see cref="SystemTables.AbsentSchema"/>).</summary>
    public static EntitySets Of(IEnumerable<TableMetadata> tables) => new(tables);

    /// <summary>Every table served, in declaration order.</summary>
    public IEnumerable<TableMetadata> All => _byName.Values;

    public TableMetadata? BySet(string entitySetName) => _bySet.GetValueOrDefault(entitySetName);

    public TableMetadata? ByLogicalName(string logicalName) => _byName.GetValueOrDefault(logicalName);

    /// <summary>The table of an <c>@odata.type</c> value: "Microsoft.Dynamics.CRM.lead" or "#Microsoft.Dynamics.CRM.lead".</summary>
    public TableMetadata? ByTypeName(string typeName)
    {
        const string Prefix = "Microsoft.Dynamics.CRM.";
        var name = typeName.TrimStart('#');
        return name.StartsWith(Prefix, StringComparison.Ordinal) ? ByLogicalName(name[Prefix.Length..]) : null;
    }
}
