using System.Runtime.CompilerServices;
using MsiDynamics.CompanionService.Dataverse;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Limits;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Sync.Collapse;

namespace MsiDynamics.CompanionService.Sync.Source;

/// <summary>
/// The Dataverse queue as the drain's work source (architecture.md §3.8, dataverse.md §0.10): the due rows come from
/// one paged GET, page by page through <c>@odata.nextLink</c>, with no per-row claim — the drain lease alone keeps
/// other workers off — and their ends are written in bulk by <see cref="SyncQueue.CompleteAsync"/>.
/// </summary>
internal sealed class DataverseWorkSource(
    DataverseQueries queries, SyncQueue queue, TimeProvider time, IOptions<DrainOptions>? drain = null, IOptions<DataverseOptions>? dataverse = null)
    : IWorkSource
{
    /// <summary>Rows a batch holds: <c>Drain:RowsPerCycle</c>, at most the client's page size.</summary>
    private readonly int _rows = Math.Min(drain?.Value.RowsPerCycle ?? DataverseLimits.MaxPageSize, dataverse?.Value.MaxPageSize ?? DataverseLimits.MaxPageSize);

    public async IAsyncEnumerable<DueBatch> ReadDueAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        long sequence = 0;
        await foreach (var page in queries.PagesAsync(DueRows(time.GetUtcNow()).WithPageSize(_rows), "queue.due", cancellationToken).ConfigureAwait(false))
        {
            var rows = new List<DueRow>(page.Rows.Count);
            var unreadable = new List<UnreadableRow>();
            foreach (var row in page.Rows)
            {
                var (due, bad) = DueRowReader.Read(row, sequence++);
                if (due is not null)
                {
                    rows.Add(due);
                }
                else if (bad is not null)
                {
                    unreadable.Add(bad);
                }
            }

            yield return new DueBatch(rows, unreadable, page.Outcome);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public Task<DataverseBulkResult> CompleteAsync(IReadOnlyList<QueueCompletion> completions, CancellationToken cancellationToken) =>
        queue.CompleteAsync(completions, cancellationToken);

    /// <summary>The due read of <see cref="SyncQueue.DueRows"/>, with the columns <see cref="DueRowReader"/> reads.</summary>
    public static DataverseQuery DueRows(DateTimeOffset now) => SyncQueue.DueRows(now, DueRowReader.Columns);
}
