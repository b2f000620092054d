using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>
/// A drain cycle that answers the reports it is given, in order, then idle ones; it notes when each cycle started on
/// the clock and whether the lease's tenure was still on when it ended. <see cref="Hold"/> keeps the next cycle running
/// until the test lets it end.
/// </summary>
internal sealed class FakeDrainCycle(TimeProvider time) : IDrainCycle
{
    private readonly Lock _gate = new();
    private readonly Queue<DrainCycleReport> _script = new();
    private readonly List<DateTimeOffset> _starts = [];
    private TaskCompletionSource? _hold;

    /// <summary>When each cycle started, on the clock.</summary>
    public IReadOnlyList<DateTimeOffset> Starts { get { lock (_gate) { return [.. _starts]; } } }

    public int Count { get { lock (_gate) { return _starts.Count; } } }

    /// <summary>Whether the tenure had ended when the last cycle returned.</summary>
    public bool? TenureEndedAtLastReturn { get; private set; }

    public void Script(params DrainCycleReport[] reports)
    {
        lock (_gate)
        {
            foreach (var report in reports)
            {
                _script.Enqueue(report);
            }
        }
    }

    /// <summary>The next cycle runs until <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (_gate) { _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously); }
    }

    public void Release()
    {
        lock (_gate) { _hold?.TrySetResult(); }
    }

    public async Task<DrainCycleReport> RunAsync(CancellationToken tenure)
    {
        Task hold;
        lock (_gate)
        {
            _starts.Add(time.GetUtcNow());
            hold = _hold?.Task ?? Task.CompletedTask;
        }

        await hold;
        TenureEndedAtLastReturn = tenure.IsCancellationRequested;
        lock (_gate)
        {
            return _script.Count > 0 ? _script.Dequeue() : Reports.Idle;
        }
    }
}
