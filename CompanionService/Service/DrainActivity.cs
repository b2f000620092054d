using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// What the drain runner last saw, kept for <c>/health</c> and the metrics so that neither asks Dataverse anything:
/// the lease's last step, the last cycle's start, end and report, and when the next look is due. One a process.
/// </summary>
internal sealed class DrainActivity
{
    private readonly Lock _gate = new();
    private DrainLeaseStep _leaseStep = DrainLeaseStep.Standby;
    private DateTimeOffset? _cycleStarted;
    private DateTimeOffset? _cycleEnded;
    private DrainCycleReport? _lastReport;
    private DateTimeOffset? _nextLook;

    /// <summary>The lease's last step.</summary>
    public DrainLeaseStep LeaseStep { get { lock (_gate) { return _leaseStep; } } }

    /// <summary>Whether the last step left this worker holding the lease.</summary>
    public bool Holding => LeaseStep is DrainLeaseStep.Claimed or DrainLeaseStep.Renewed or DrainLeaseStep.RenewalFailed;

    /// <summary>When the cycle in hand, or the last one, started; null before the first.</summary>
    public DateTimeOffset? CycleStarted { get { lock (_gate) { return _cycleStarted; } } }

    /// <summary>When the last cycle ended; null before the first ended.</summary>
    public DateTimeOffset? CycleEnded { get { lock (_gate) { return _cycleEnded; } } }

    /// <summary>Whether a cycle is running now.</summary>
    public bool InCycle { get { lock (_gate) { return _cycleStarted is { } started && (_cycleEnded is not { } ended || ended < started); } } }

    /// <summary>The last cycle's report; null before the first ended.</summary>
    public DrainCycleReport? LastReport { get { lock (_gate) { return _lastReport; } } }

    /// <summary>When the runner looks at the queue next unless woken; null while a cycle runs or none is planned.</summary>
    public DateTimeOffset? NextLook { get { lock (_gate) { return _nextLook; } } }

    public void LeaseStepped(DrainLeaseStep step)
    {
        lock (_gate) { _leaseStep = step; }
    }

    public void CycleStarting(DateTimeOffset now)
    {
        lock (_gate) { (_cycleStarted, _nextLook) = (now, null); }
    }

    public void CycleFinished(DateTimeOffset now, DrainCycleReport? report)
    {
        lock (_gate) { (_cycleEnded, _lastReport) = (now, report ?? _lastReport); }
    }

    public void Waiting(DateTimeOffset? until)
    {
        lock (_gate) { _nextLook = until; }
    }
}
