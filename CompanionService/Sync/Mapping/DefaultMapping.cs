using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// What the default mapping needs read of each table: its columns (architecture.md §1.1) and the <c>$select</c> that
/// reads them, a lookup as its <c>_x_value</c>. The read must ask for formatted values: a choice is sent by its label
/// and a connection's role by its name.
/// </summary>
internal static class DefaultMapping
{
    /// <summary>The lookup columns among the mappings' columns; the Web API reads each as <c>_x_value</c>.</summary>
    private static readonly HashSet<string> Lookups = new(StringComparer.Ordinal)
    {
        MappingRow.Owner, MappingRow.ParentAccount, "parentcustomerid", "customerid",
        DataverseSchema.Connection.Record1Id, DataverseSchema.Connection.Record2Id,
        DataverseSchema.Connection.Record1RoleId, DataverseSchema.Connection.Record2RoleId,
    };

    /// <summary>The columns the mapping of <paramref name="table"/> reads, besides its primary key; empty for a table not mapped.</summary>
    public static IReadOnlyList<string> Columns(string table) => table switch
    {
        DataverseSchema.SystemUser.EntityName => SalesPersonMapping.Columns,
        DataverseSchema.Account.EntityName => CompanyMapping.Columns,
        DataverseSchema.Lead.EntityName => PersonMapping.LeadColumns,
        DataverseSchema.Contact.EntityName => PersonMapping.ContactColumns,
        DataverseSchema.Opportunity.EntityName => OpportunityMapping.Columns,
        DataverseSchema.Connection.EntityName => OpportunityRoleMapping.Columns,
        _ => [],
    };

    /// <summary>The <c>$select</c> that reads a row of <paramref name="table"/> for its mapping: the primary key, then its columns.</summary>
    public static IReadOnlyList<string> Select(string table) =>
        [Key(table), .. Columns(table).Select(c => Lookups.Contains(c) ? ODataAnnotations.LookupValue(c) : c)];

    private static string Key(string table) => table switch
    {
        DataverseSchema.SystemUser.EntityName => DataverseSchema.SystemUser.Id,
        DataverseSchema.Account.EntityName => DataverseSchema.Account.Id,
        DataverseSchema.Lead.EntityName => DataverseSchema.Lead.Id,
        DataverseSchema.Contact.EntityName => DataverseSchema.Contact.Id,
        DataverseSchema.Opportunity.EntityName => DataverseSchema.Opportunity.Id,
        DataverseSchema.Connection.EntityName => DataverseSchema.Connection.Id,
        _ => throw new ArgumentException($"The default mapping does not map {table} rows.", nameof(table)),
    };
}
