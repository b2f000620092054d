using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// Asks Marketo which records exist by external id (architecture.md §3.9): sales persons, companies and opportunities by
/// <c>externalSalesPersonId</c>, <c>externalCompanyId</c> and <c>externalOpportunityId</c>, persons by
/// <c>externalPersonId</c>, each as <c>POST …?_method=GET</c> queries of at most 300 values (marketo.md Decision 2, §3.1).
/// </summary>
/// <remarks>
/// An id is reported missing only when Marketo answered the read and did not return it. A read that did not succeed —
/// QuotaExhausted, Stopped (a refusal of the call fence included) or RetryLater once the client's retries ran out — is
/// no answer: the check logs it and throws <see cref="MarketoReadFailedException"/> carrying the outcome, and the drain
/// ends the cycle on it as on a push that ended so. It reports the ids neither missing (they would be read from Dynamics
/// and pushed first for nothing while the failure went unseen) nor existing (<see cref="ReferenceClosure"/> would
/// remember them as known in Marketo for the life of the process and push what refers to them dangling). What earlier
/// checks of the cycle learnt stays learnt. A result that cannot be read is treated as missing: pushing it again is an
/// upsert, which is harmless.
/// </remarks>
internal sealed class MarketoReferenceCheck(MarketoClient marketo, ILogger<MarketoReferenceCheck> logger) : IMarketoReferenceCheck
{
    public async Task<IReadOnlySet<RecordId>> FindExistingAsync(
        MarketoObjectType type, IReadOnlyList<RecordId> externalIds, CancellationToken cancellationToken)
    {
        if (externalIds.Count == 0)
        {
            return new HashSet<RecordId>();
        }

        var (call, found) = await ReadAsync(type, externalIds, cancellationToken).ConfigureAwait(false);
        if (!call.IsSuccess)
        {
            Log.ReferenceCheckFailed(logger, externalIds.Count, type.ToString(), call.ToString());
            throw new MarketoReadFailedException($"reference check of {type}", call);
        }

        var asked = externalIds.ToHashSet();
        return found.Where(asked.Contains).ToHashSet();
    }

    private async Task<(MarketoCallOutcome Call, IEnumerable<RecordId> Found)> ReadAsync(
        MarketoObjectType type, IReadOnlyList<RecordId> externalIds, CancellationToken cancellationToken)
    {
        if (type == MarketoObjectType.Leads)
        {
            // No field beyond the two every lead read returns: id and the filter field.
            var people = await marketo.Leads.GetByExternalPersonIdsAsync(externalIds, [], cancellationToken).ConfigureAwait(false);
            return (people.Call, people.Items.Where(l => l.PersonRecordId is not null).Select(l => l.PersonRecordId!.Value));
        }

        var read = ObjectRead(type);
        var page = await read(externalIds, cancellationToken).ConfigureAwait(false);
        return (page.Call, page.Items.Select(m => m.ExternalId));
    }

    private Func<IReadOnlyList<RecordId>, CancellationToken, Task<MarketoPage<MarketoExternalIdMatch>>> ObjectRead(MarketoObjectType type) =>
        type switch
        {
            MarketoObjectType.SalesPersons => marketo.SalesPersons.GetByExternalIdsAsync,
            MarketoObjectType.Companies => marketo.Companies.GetByExternalIdsAsync,
            MarketoObjectType.Opportunities => marketo.Opportunities.GetByExternalIdsAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Nothing refers to an opportunity role: it is never checked."),
        };
}
