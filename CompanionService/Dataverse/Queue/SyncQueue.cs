using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Dataverse.Queue;

/// <summary>
/// The outbox as the drain uses it (architecture.md §3.7, §3.8): which rows are due, read with no per-row claim (the
/// drain lease alone keeps other workers off, dataverse.md §0.10), and their completion, one <c>UpdateMultiple</c> per
/// 1000 rows.
/// </summary>
/// <remarks>
/// Completion does not check the row version, so complete only while the drain lease is held; a successor may
/// otherwise be working on the same rows.
/// </remarks>
public sealed class SyncQueue(DataverseBulk bulk, ILogger<SyncQueue> logger)
{
    /// <summary>Writes the end of each row in one <c>UpdateMultiple</c> per 1000 rows.</summary>
    public async Task<DataverseBulkResult> CompleteAsync(IReadOnlyList<QueueCompletion> completions, CancellationToken cancellationToken = default)
    {
        if (completions.Count == 0)
        {
            return DataverseBulkResult.Empty;
        }

        var targets = completions.Select(c => new RowUpdate(c.Id, c.ToColumns())).ToList();
        var result = await bulk.UpdateMultipleAsync(DataverseTable.SyncQueueItem, targets, "queue.complete", cancellationToken).ConfigureAwait(false);
        Log.Completed(logger, completions.Count, result.HttpRequests, result.Outcomes.Count(o => !o.IsSuccess));
        return result;
    }

    /// <summary>
    /// The due read (architecture.md §3.8) with <paramref name="columns"/>: Pending, or RetryScheduled whose next attempt
    /// has come at <paramref name="now"/>; sorted by lane, then <c>createdon</c>, the order the queue's status index is
    /// kept in (architecture.md §7), so a page costs its rows. Paged by the caller's page size.
    /// </summary>
    public static DataverseQuery DueRows(DateTimeOffset now, params IEnumerable<string> columns) =>
        new DataverseQuery(Q.EntitySetName)
            .Select(columns)
            .Where(ODataFilter.Or(
                ODataFilter.Eq(Q.Status, QueueStatus.Pending),
                ODataFilter.And(ODataFilter.Eq(Q.Status, QueueStatus.RetryScheduled), ODataFilter.Le(Q.NextAttemptOn, now))))
            .OrderBy(Q.Lane)
            .OrderBy(Q.CreatedOn);
}
