namespace MsiDynamics.Solution.Packer.Schema;

/// <summary>
/// A table the solution creates (<see cref="IsNew"/>), extends with columns (lead, contact) or only adds a form to
/// (account, opportunity: the "Marketo sync" form). Its Entity.xml and main form are generated from this description,
/// never written by hand.
/// </summary>
/// <param name="LogicalName">The table's logical name, a constant of Schema/.</param>
/// <param name="SchemaName">The name of its folder under Entities/ (the platform's schema name: <c>Lead</c> for lead).</param>
/// <param name="DisplayName">Singular display name.</param>
/// <param name="CollectionName">Plural display name.</param>
/// <param name="Columns">The columns the solution adds.</param>
internal sealed record SolutionTable(
    string LogicalName, string SchemaName, string DisplayName, string CollectionName, IReadOnlyList<SolutionColumn> Columns)
{
    /// <summary>True when the solution creates the table; false when it adds columns to a platform table.</summary>
    public bool IsNew { get; init; }

    /// <summary>New tables only: the entity set name the Web API uses (from Schema/).</summary>
    public string? EntitySetName { get; init; }

    /// <summary>The alternate key's column, when the table has one (msi_syncsetting: msi_entity).</summary>
    public string? AlternateKeyColumn { get; init; }

    /// <summary>A one-line description shown in the maker portal.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The primary key column of a new table: <c>&lt;table&gt;id</c>.</summary>
    public string PrimaryKey => LogicalName + "id";
}
