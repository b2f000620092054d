using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Limits;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// Reads the newest dead letters in one request (one page of up to 5,000 rows, newest first: the error text is a
/// multiline column, which Dataverse cannot group by) and groups them by <see cref="DeadLetterReason"/>, biggest group
/// first, with up to <see cref="ExamplesPerReason"/> examples each.
/// </summary>
internal sealed class DeadLetterReader(DataverseQueries queries)
{
    public const int ExamplesPerReason = 3;

    public async Task<(DeadLetterSummary Summary, string? Problem)> ReadAsync(CancellationToken cancellationToken)
    {
        var query = new DataverseQuery(Q.EntitySetName)
            .Select(Q.Id, Q.Entity, Q.RecordId, Q.LastError, Q.CreatedOn)
            .Where(ODataFilter.Eq(Q.Status, (int)QueueStatus.DeadLettered))
            .OrderBy(Q.CreatedOn, descending: true)
            .WithPageSize(DataverseLimits.MaxPageSize);
        var page = await queries.PageAsync(query.ToPath(), query.Preferences(DataverseLimits.MaxPageSize), "status.deadletters", cancellationToken)
            .ConfigureAwait(false);
        if (!page.Outcome.IsSuccess)
        {
            return (DeadLetterSummary.None, $"The dead letters could not be read: {page.Outcome}");
        }

        var groups = page.Rows
            .Select(r => new DeadLetterExample(r.GetGuid(Q.Id) ?? Guid.Empty, r.GetString(Q.Entity), r.GetString(Q.RecordId), r.GetDate(Q.CreatedOn), r.GetString(Q.LastError)))
            .GroupBy(e => DeadLetterReason.Of(e.LastError))
            .Select(g => new DeadLetterGroup(g.Key, g.Count(), [.. g.Take(ExamplesPerReason)]))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Reason, StringComparer.Ordinal)
            .ToList();
        return (new DeadLetterSummary(page.Rows.Count, page.NextLink is not null, groups), null);
    }
}
