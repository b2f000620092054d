using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Companies;

/// <summary>
/// Marketo companies (marketo.md §3.3). Company fields cannot be set through Sync Leads (1021):
/// this is the only way in. Any number of records; de-duplicated by <c>externalCompanyId</c> (1036
/// otherwise), latest wins; calls of 300.
/// </summary>
public sealed class CompaniesClient(MarketoBatchSender sender, ExternalIdQuery query)
{
    private static readonly MarketoPushCall SyncCall =
        MarketoPushCall.Sync(MarketoSchema.Companies, MarketoSchema.CreateOrUpdate, "companies.sync");

    private static readonly MarketoPushCall DeleteCall =
        MarketoPushCall.Delete(MarketoSchema.CompaniesDelete, "companies.delete");

    /// <summary>
    /// <c>POST /rest/v1/companies.json</c>, <c>createOrUpdate</c> by <c>dedupeFields</c>
    /// (<c>externalCompanyId</c>). Each input learns Created/Updated with Marketo's id, or why not.
    /// </summary>
    public Task<MarketoPushResult> SyncAsync(
        IReadOnlyList<MarketoCompany> companies, CancellationToken cancellationToken = default) =>
        sender.PushAsync(SyncCall, companies, c => c.ExternalCompanyId, MarketoSchema.ExternalCompanyId,
            c => c.ToJson(), cancellationToken);

    /// <summary>
    /// <c>POST /rest/v1/companies/delete.json</c> by <c>externalCompanyId</c>; one already gone (1013)
    /// counts as Deleted.
    /// </summary>
    public Task<MarketoPushResult> DeleteAsync(
        IReadOnlyList<RecordId> externalCompanyIds, CancellationToken cancellationToken = default) =>
        sender.PushAsync(DeleteCall, externalCompanyIds, id => id, MarketoSchema.ExternalCompanyId,
            MarketoCompany.KeyJson, cancellationToken);

    /// <summary>
    /// The companies whose <c>externalCompanyId</c> is one of <paramref name="externalCompanyIds"/> (any number; 300 a
    /// call), each with Marketo's id: <c>POST /rest/v1/companies.json?_method=GET</c> with a form body (<see cref="ExternalIdQuery"/>).
    /// An id Marketo lacks is absent from the items; a failed call ends the read with its outcome.
    /// </summary>
    public Task<MarketoPage<MarketoExternalIdMatch>> GetByExternalIdsAsync(
        IReadOnlyList<RecordId> externalCompanyIds, CancellationToken cancellationToken = default) =>
        query.ReadAsync(ExternalIdQueryTarget.Companies, externalCompanyIds, cancellationToken);
}
