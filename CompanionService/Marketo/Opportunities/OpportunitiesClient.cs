using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Opportunities;

/// <summary>
/// Marketo opportunities (marketo.md §3.5). Results carry <c>seq</c> and <c>marketoGUID</c>; each
/// input learns its own fate. De-duplicated by <c>externalOpportunityId</c>, latest wins; calls of 300.
/// </summary>
public sealed class OpportunitiesClient(MarketoBatchSender sender, ExternalIdQuery query)
{
    private static readonly MarketoPushCall SyncCall =
        MarketoPushCall.Sync(MarketoSchema.Opportunities, MarketoSchema.CreateOrUpdate, "opportunities.sync");

    private static readonly MarketoPushCall DeleteCall =
        MarketoPushCall.Delete(MarketoSchema.OpportunitiesDelete, "opportunities.delete");

    /// <summary>
    /// <c>POST /rest/v1/opportunities.json</c>, <c>createOrUpdate</c> by <c>dedupeFields</c>. A 718
    /// (sales person not in Marketo yet) ends the call RetryLater: sync sales persons first.
    /// </summary>
    public Task<MarketoPushResult> SyncAsync(
        IReadOnlyList<MarketoOpportunity> opportunities, CancellationToken cancellationToken = default) =>
        sender.PushAsync(SyncCall, opportunities, o => o.ExternalOpportunityId, MarketoSchema.ExternalOpportunityId,
            o => o.ToJson(), cancellationToken);

    /// <summary>
    /// <c>POST /rest/v1/opportunities/delete.json</c> by <c>externalOpportunityId</c>; one already gone
    /// (1013) counts as Deleted.
    /// </summary>
    public Task<MarketoPushResult> DeleteAsync(
        IReadOnlyList<RecordId> externalOpportunityIds, CancellationToken cancellationToken = default) =>
        sender.PushAsync(DeleteCall, externalOpportunityIds, id => id, MarketoSchema.ExternalOpportunityId,
            MarketoOpportunity.KeyJson, cancellationToken);

    /// <summary>
    /// The opportunities whose <c>externalOpportunityId</c> is one of <paramref name="externalOpportunityIds"/> (any number; 300 a
    /// call), each with Marketo's id: <c>POST /rest/v1/opportunities.json?_method=GET</c> with a form body (<see cref="ExternalIdQuery"/>).
    /// An id Marketo lacks is absent from the items; a failed call ends the read with its outcome.
    /// </summary>
    public Task<MarketoPage<MarketoExternalIdMatch>> GetByExternalIdsAsync(
        IReadOnlyList<RecordId> externalOpportunityIds, CancellationToken cancellationToken = default) =>
        query.ReadAsync(ExternalIdQueryTarget.Opportunities, externalOpportunityIds, cancellationToken);
}
