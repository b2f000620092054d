using MsiDynamics.CompanionService.Marketo.Push;

namespace MsiDynamics.CompanionService.Marketo.OpportunityRoles;

/// <summary>
/// Marketo opportunity roles (marketo.md §3.6), the last object of the sync order. Keyed by
/// (<c>externalOpportunityId</c>, <c>leadId</c>, <c>role</c>); a changed role is <see cref="DeleteAsync"/>
/// of the old key then <see cref="SyncAsync"/> of the new one (Decision 7). Any number of records,
/// de-duplicated by key (latest wins), calls of 300.
/// </summary>
public sealed class OpportunityRolesClient(MarketoBatchSender sender)
{
    private const string KeyName = "(externalOpportunityId, leadId, role)";

    private static readonly MarketoPushCall SyncCall =
        MarketoPushCall.Sync(MarketoSchema.OpportunityRoles, MarketoSchema.CreateOrUpdate, "opportunityroles.sync");

    private static readonly MarketoPushCall DeleteCall =
        MarketoPushCall.Delete(MarketoSchema.OpportunityRolesDelete, "opportunityroles.delete");

    /// <summary>
    /// <c>POST /rest/v1/opportunities/roles.json</c>, <c>createOrUpdate</c> by <c>dedupeFields</c>.
    /// Each input learns Created/Updated with its <c>marketoGUID</c>, or why not.
    /// </summary>
    public Task<MarketoPushResult> SyncAsync(
        IReadOnlyList<MarketoOpportunityRole> roles, CancellationToken cancellationToken = default) =>
        sender.PushAsync(SyncCall, roles, r => r.Key.DedupeKey, KeyName, r => r.ToJson(), cancellationToken);

    /// <summary>
    /// <c>POST /rest/v1/opportunities/roles/delete.json</c> by <c>dedupeFields</c>; one already gone
    /// (1013) counts as Deleted.
    /// </summary>
    public Task<MarketoPushResult> DeleteAsync(
        IReadOnlyList<MarketoOpportunityRoleKey> keys, CancellationToken cancellationToken = default) =>
        sender.PushAsync(DeleteCall, keys, k => k.DedupeKey, KeyName, k => k.ToJson(), cancellationToken);
}
