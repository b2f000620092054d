using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Queue;

namespace MsiDynamics.CompanionService.Sync.Source;

/// <summary>
/// Where the drain takes its work from (architecture.md §3.8): the due rows, in batches, and the place their ends
/// are written. Today the Dataverse queue, read while the drain lease is held (dataverse.md §0.10); a broker with
/// per-session ordering could stand in without the drain changing.
/// </summary>
internal interface IWorkSource
{
    /// <summary>
    /// The due rows in drain order (Live lane first, then creation order), one batch at a time; the next batch is
    /// read only when asked for. Stops with <see cref="OperationCanceledException"/> once
    /// <paramref name="cancellationToken"/> (the drain lease's tenure) is cancelled.
    /// </summary>
    IAsyncEnumerable<DueBatch> ReadDueAsync(CancellationToken cancellationToken);

    /// <summary>Writes how each row ended, in bulk.</summary>
    Task<DataverseBulkResult> CompleteAsync(IReadOnlyList<QueueCompletion> completions, CancellationToken cancellationToken);
}
