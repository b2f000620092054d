using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// A Dynamics <c>connection</c> between an opportunity and a contact as a Marketo opportunity role (architecture.md §1,
/// row 5; marketo.md §3.6): (<c>externalOpportunityId</c>, the contact's Marketo <c>leadId</c>, <c>role</c>). Either end
/// may be the opportunity (dataverse.md §0.4); the role is the name of the contact's side, read as the role lookup's
/// formatted value.
/// </summary>
internal static class OpportunityRoleMapping
{
    /// <summary>Every Dynamics column <see cref="Map"/> reads (besides the primary key).</summary>
    public static readonly IReadOnlyList<string> Columns = [C.Record1Id, C.Record2Id, C.Record1RoleId, C.Record2RoleId];

    /// <summary>
    /// The opportunity role for <paramref name="row"/>, whose contact is Marketo lead <paramref name="contactLeadId"/>
    /// (null when Marketo does not know the contact yet). Marketo needs the opportunity and the lead to exist first
    /// (marketo.md §3.6), and <c>role</c> is part of the key (marketo.md D7), so a connection without a role is not mapped.
    /// </summary>
    public static Mapped<MarketoOpportunityRole> Map(DataverseRow row, long? contactLeadId)
    {
        var first = row.GetLookupTarget(C.Record1Id);
        var second = row.GetLookupTarget(C.Record2Id);
        var (opportunity, contactRole) = first?.IsOf(DataverseSchema.Opportunity.EntityName) == true && second?.IsOf(DataverseSchema.Contact.EntityName) == true
            ? (first, C.Record2RoleId)
            : second?.IsOf(DataverseSchema.Opportunity.EntityName) == true && first?.IsOf(DataverseSchema.Contact.EntityName) == true
                ? (second, C.Record1RoleId)
                : (null, null);
        if (opportunity is null || contactRole is null)
        {
            return Mapped<MarketoOpportunityRole>.Fails("The connection does not join an opportunity and a contact.");
        }

        var opportunityId = RecordId.From(opportunity.Id, "the connection's opportunity");
        if (row.GetFormattedValue(ODataAnnotations.LookupValue(contactRole))?.Trim() is not { Length: > 0 } role)
        {
            return Mapped<MarketoOpportunityRole>.Fails(
                $"The connection to opportunity {opportunityId} gives its contact no role ({contactRole}); Marketo keys an "
                + "opportunity role by its role name. Choose a connection role for the contact.");
        }

        if (contactLeadId is not { } leadId)
        {
            return Mapped<MarketoOpportunityRole>.Fails(
                $"The contact of the connection to opportunity {opportunityId} is not in Marketo yet; it is pushed first.");
        }

        return Mapped<MarketoOpportunityRole>.To(new MarketoOpportunityRole(new MarketoOpportunityRoleKey(opportunityId, leadId, role)));
    }
}
