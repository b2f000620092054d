using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// Which Marketo object a Dynamics table becomes (architecture.md §1): the object order references are closed in, since
/// each object refers only to the ones before it.
/// </summary>
internal static class ReferenceObjects
{
    /// <summary>The Marketo object <paramref name="table"/>'s rows are pushed as; throws for a table that is not synced.</summary>
    public static MarketoObjectType Of(string table) => table switch
    {
        DataverseSchema.SystemUser.EntityName => MarketoObjectType.SalesPersons,
        DataverseSchema.Account.EntityName => MarketoObjectType.Companies,
        DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName => MarketoObjectType.Leads,
        DataverseSchema.Opportunity.EntityName => MarketoObjectType.Opportunities,
        DataverseSchema.Connection.EntityName => MarketoObjectType.OpportunityRoles,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "The table is not synced to Marketo."),
    };
}
