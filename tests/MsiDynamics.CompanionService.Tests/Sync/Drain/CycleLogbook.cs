using System.Collections.Concurrent;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>Every worker's cycles that pushed, with when they ran: whose, and from when to when by the wall clock.</summary>
internal sealed class CycleLogbook
{
    private readonly ConcurrentQueue<(string Worker, DateTimeOffset Start, DateTimeOffset End, DrainCycleReport Report)> _entries = new();

    public IReadOnlyList<(string Worker, DateTimeOffset Start, DateTimeOffset End, DrainCycleReport Report)> Entries => [.. _entries];

    /// <summary>The cycles that made Marketo calls.</summary>
    public IReadOnlyList<(string Worker, DateTimeOffset Start, DateTimeOffset End)> Pushing =>
        [.. _entries.Where(e => e.Report.MarketoCalls > 0).Select(e => (e.Worker, e.Start, e.End))];

    /// <summary>A cycle of <paramref name="worker"/> that writes in this book.</summary>
    public IDrainCycle Keep(string worker, IDrainCycle inner) => new Recorded(this, worker, inner);

    private sealed class Recorded(CycleLogbook book, string worker, IDrainCycle inner) : IDrainCycle
    {
        public async Task<DrainCycleReport> RunAsync(CancellationToken tenure)
        {
            var start = DateTimeOffset.UtcNow;
            var report = await inner.RunAsync(tenure);
            book._entries.Enqueue((worker, start, DateTimeOffset.UtcNow, report));
            return report;
        }
    }
}
