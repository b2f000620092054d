using System.Text.Json.Nodes;

namespace MsiDynamics.CompanionService.Marketo.OpportunityRoles;

/// <summary>
/// The compound key of a Marketo opportunity role, <c>dedupeFields</c> =
/// (<c>externalOpportunityId</c>, <c>leadId</c>, <c>role</c>) (marketo.md §3.6). None of the three
/// is updateable, so a changed role is a delete of the old key and a create of the new (Decision 7).
/// </summary>
/// <param name="ExternalOpportunityId">The Dynamics opportunityid (length 50).</param>
/// <param name="LeadId">The <b>Marketo</b> lead id of the contact (<c>msi_marketoleadid</c>).</param>
/// <param name="Role">The connection role's name (length 50).</param>
public sealed record MarketoOpportunityRoleKey(string ExternalOpportunityId, long LeadId, string Role)
{
    /// <summary>The key-only element of a delete.</summary>
    public JsonObject ToJson() => new()
    {
        [MarketoSchema.ExternalOpportunityId] = ExternalOpportunityId,
        [MarketoSchema.LeadId] = LeadId,
        [MarketoSchema.Role] = Role,
    };

    /// <summary>
    /// The key as one string for de-duplication within a batch. Compared ignoring case, since Marketo's
    /// case handling of external ids is UNCERTAIN (marketo.md §4.4).
    /// </summary>
    public string DedupeKey => $"{ExternalOpportunityId}\n{LeadId}\n{Role}";

    public override string ToString() => $"role '{Role}' of lead {LeadId} on opportunity {ExternalOpportunityId}";
}
