using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.OpportunityRoles;

/// <summary>
/// The compound key of a Marketo opportunity role, <c>dedupeFields</c> =
/// (<c>externalOpportunityId</c>, <c>leadId</c>, <c>role</c>) (marketo.md §3.6). None of the three
/// is updateable, so a changed role is a delete of the old key and a create of the new (Decision 7).
/// </summary>
/// <param name="ExternalOpportunityId">The Dynamics opportunityid, sent in its canonical text (length 50).</param>
/// <param name="LeadId">The <b>Marketo</b> lead id of the contact (<c>msi_marketoleadid</c>).</param>
/// <param name="Role">The connection role's name (length 50).</param>
public sealed record MarketoOpportunityRoleKey(RecordId ExternalOpportunityId, long LeadId, string Role)
{
    /// <summary>The key-only element of a delete.</summary>
    public JsonObject ToJson() => MarketoJson.Record(
        [
            new(MarketoSchema.ExternalOpportunityId, ExternalOpportunityId),
            new(MarketoSchema.LeadId, LeadId),
            new(MarketoSchema.Role, Role),
        ],
        null);

    /// <summary>
    /// The key as one value for de-duplication within a batch. The role is compared ignoring case, since
    /// Marketo's case handling is UNCERTAIN (marketo.md §4.4); the opportunity id is a <see cref="RecordId"/>,
    /// whose equality is that of its GUID, whatever the case of any text it came from.
    /// </summary>
    public (RecordId ExternalOpportunityId, long LeadId, string Role) DedupeKey =>
        (ExternalOpportunityId, LeadId, Role.ToUpperInvariant());

    public override string ToString() => $"role '{Role}' of lead {LeadId} on opportunity {ExternalOpportunityId}";
}
