using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.SalesPersons;

/// <summary>
/// Marketo sales persons (marketo.md §3.2), the first object of the sync order (MSI-D: sales users
/// → companies → leads → opportunities → roles). Each call takes any number of records or ids; a push
/// de-duplicates by <c>externalSalesPersonId</c> (latest wins) and splits into calls of 300.
/// </summary>
public sealed class SalesPersonsClient(MarketoBatchSender sender, ExternalIdQuery query)
{
    private static readonly MarketoPushCall SyncCall =
        MarketoPushCall.Sync(MarketoSchema.SalesPersons, MarketoSchema.CreateOrUpdate, "salespersons.sync");

    private static readonly MarketoPushCall DeleteCall =
        MarketoPushCall.Delete(MarketoSchema.SalesPersonsDelete, "salespersons.delete");

    /// <summary>
    /// <c>POST /rest/v1/salespersons.json</c>, <c>createOrUpdate</c> by <c>dedupeFields</c>
    /// (<c>externalSalesPersonId</c>). Each input learns Created/Updated with Marketo's id, or why not.
    /// </summary>
    public Task<MarketoPushResult> SyncAsync(
        IReadOnlyList<MarketoSalesPerson> salesPersons, CancellationToken cancellationToken = default) =>
        sender.PushAsync(SyncCall, salesPersons, s => s.ExternalSalesPersonId, MarketoSchema.ExternalSalesPersonId,
            s => s.ToJson(), cancellationToken);

    /// <summary>
    /// <c>POST /rest/v1/salespersons/delete.json</c> by <c>externalSalesPersonId</c>. One already gone
    /// (1013) counts as Deleted; one still in use by leads or companies is Skipped (1022), retryable.
    /// </summary>
    public Task<MarketoPushResult> DeleteAsync(
        IReadOnlyList<RecordId> externalSalesPersonIds, CancellationToken cancellationToken = default) =>
        sender.PushAsync(DeleteCall, externalSalesPersonIds, id => id, MarketoSchema.ExternalSalesPersonId,
            MarketoSalesPerson.KeyJson, cancellationToken);

    /// <summary>
    /// The sales persons whose <c>externalSalesPersonId</c> is one of <paramref name="externalSalesPersonIds"/> (any number; 300 a
    /// call), each with Marketo's id: <c>POST /rest/v1/salespersons.json?_method=GET</c> with a form body (<see cref="ExternalIdQuery"/>).
    /// An id Marketo lacks is absent from the items; a failed call ends the read with its outcome.
    /// </summary>
    public Task<MarketoPage<MarketoExternalIdMatch>> GetByExternalIdsAsync(
        IReadOnlyList<RecordId> externalSalesPersonIds, CancellationToken cancellationToken = default) =>
        query.ReadAsync(ExternalIdQueryTarget.SalesPersons, externalSalesPersonIds, cancellationToken);
}
