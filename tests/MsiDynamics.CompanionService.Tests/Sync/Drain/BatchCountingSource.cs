using System.Runtime.CompilerServices;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Sync.Source;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>The worker's own work source, counting the batches the drain asks it for and the most rows one held.</summary>
internal sealed class BatchCountingSource(IWorkSource inner) : IWorkSource
{
    private int _batches;
    private int _largest;

    /// <summary>Batches handed to the drain so far.</summary>
    public int Batches => Volatile.Read(ref _batches);

    /// <summary>The most rows, readable or not, any one batch carried.</summary>
    public int LargestBatch => Volatile.Read(ref _largest);

    public async IAsyncEnumerable<DueBatch> ReadDueAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in inner.ReadDueAsync(cancellationToken).ConfigureAwait(false))
        {
            Interlocked.Increment(ref _batches);
            _largest = Math.Max(_largest, batch.Rows.Count + batch.Unreadable.Count);
            yield return batch;
        }
    }

    public Task<DataverseBulkResult> CompleteAsync(IReadOnlyList<QueueCompletion> completions, CancellationToken cancellationToken) =>
        inner.CompleteAsync(completions, cancellationToken);
}
