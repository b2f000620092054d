using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// The opportunity roles Marketo holds for some opportunities, read by <c>externalOpportunityId</c> (one of the role's
/// searchable fields, marketo.md §3.6; 300 opportunities a call): what a delete or a sweep must set right whatever the
/// queue rows say.
/// </summary>
internal static class HeldRoles
{
    /// <summary>The roles' keys, and the read's outcome (on a failure, what the calls before it found).</summary>
    public static async Task<(List<MarketoOpportunityRoleKey> Keys, MarketoCallOutcome Call)> ReadAsync(
        FieldsQuery query, IEnumerable<RecordId> opportunities, CancellationToken ct)
    {
        var roles = await query.ReadAsync(FieldsQueryTarget.OpportunityRoles, [.. opportunities.Select(o => o.ToString()).Distinct()],
            [MarketoSchema.ExternalOpportunityId, MarketoSchema.LeadId, MarketoSchema.Role], ct).ConfigureAwait(false);
        var keys = roles.Items
            .Select(r => RecordId.TryParse(r.GetString(MarketoSchema.ExternalOpportunityId), out var opportunity) && r.GetInteger(MarketoSchema.LeadId) is { } lead
                && r.GetString(MarketoSchema.Role) is { } role ? new MarketoOpportunityRoleKey(opportunity, lead, role) : null)
            .OfType<MarketoOpportunityRoleKey>()
            .ToList();
        return (keys, roles.Call);
    }
}
