using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Dataverse.Bulk;

namespace MsiDynamics.CompanionService.Dataverse.Queue;

/// <summary>
/// The outbox's writes as the drain uses them (architecture.md §3.7): a completion of any number of rows costs one
/// <c>UpdateMultiple</c> per 1000 rows. The due rows are read by the drain's work source, with no per-row claim: the
/// drain lease alone keeps other workers off (dataverse.md §0.10).
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
}
