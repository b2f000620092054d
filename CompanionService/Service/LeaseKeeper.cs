using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Dataverse.DrainLease;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The drain runner's side of the drain lease (dataverse.md §0.10): a loop that steps <see cref="DrainLeaseHolder"/>
/// every renewal interval on the clock, raises the wake-up when a claim succeeds, and records each step for the health
/// endpoint and the metrics; as a standby, it records its presence for <c>status</c>. Stopping it releases the lease
/// and ends that presence. One loop at a time.
/// </summary>
internal sealed class LeaseKeeper(
    DrainLeaseHolder holder, TimeSpan renewalInterval, WakeSignal wake, DrainActivity activity, TimeProvider time, ILogger logger)
{
    /// <summary>How long a stop lets a claim or renewal in flight finish, so the release that follows sends the right ETag.</summary>
    internal static readonly TimeSpan StepGrace = TimeSpan.FromSeconds(10);

    private CancellationTokenSource? _stop;
    private CancellationTokenSource? _steps;
    private Task _loop = Task.CompletedTask;

    /// <summary>One step now (claim or renew), recorded.</summary>
    public async Task<DrainLeaseStep> StepAsync(CancellationToken cancellationToken) =>
        Record(await holder.StepAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Starts the loop: its first step now, or after one interval when <paramref name="stepFirst"/> is false.</summary>
    public void Start(bool stepFirst)
    {
        _stop = new CancellationTokenSource();
        _steps = new CancellationTokenSource();
        _loop = LoopAsync(stepFirst, _stop.Token, _steps.Token);
    }

    /// <summary>
    /// Stops the loop, then releases the lease (a standby may claim it at its next look). A step in flight finishes first
    /// (for at most <see cref="StepGrace"/>): a renewal cut off after Dataverse stored it would leave this worker with the
    /// old ETag, its release refused, and the lease held until it lapses.
    /// </summary>
    public async Task StopAndReleaseAsync()
    {
        if (_stop is { } stop && _steps is { } steps)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            steps.CancelAfter(StepGrace);
            await _loop.ConfigureAwait(false);
            stop.Dispose();
            steps.Dispose();
            (_stop, _steps) = (null, null);
        }

        Record(await holder.ReleaseAsync(CancellationToken.None).ConfigureAwait(false));
        await holder.RemovePresenceAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task LoopAsync(bool stepFirst, CancellationToken cancellationToken, CancellationToken stepCancellation)
    {
        try
        {
            if (!stepFirst)
            {
                await Task.Delay(renewalInterval, time, cancellationToken).ConfigureAwait(false);
            }

            while (true)
            {
                var step = await StepAsync(stepCancellation).ConfigureAwait(false);
                if (step == DrainLeaseStep.Claimed)
                {
                    wake.Raise();
                }
                else if (step == DrainLeaseStep.Standby)
                {
                    await holder.RecordPresenceAsync(stepCancellation).ConfigureAwait(false); // for `status`; at most once an interval
                }

                await Task.Delay(NextStep(), time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped (a step cut off after its grace included): StopAndReleaseAsync releases the lease.
        }
    }

    /// <summary>
    /// A holder renews every interval; a standby looks again every interval, or as soon as the lease it saw lapses
    /// when that comes first, so a dead holder's queue passes on within one lease lifetime of its last renewal.
    /// </summary>
    private TimeSpan NextStep()
    {
        if (holder.IsHolding)
        {
            return renewalInterval;
        }

        var untilLapse = holder.SeenExpiry - time.GetUtcNow() + TimeSpan.FromMilliseconds(1);
        return untilLapse > TimeSpan.Zero && untilLapse < renewalInterval ? untilLapse : renewalInterval;
    }

    private DrainLeaseStep Record(DrainLeaseStep step)
    {
        var previous = activity.LeaseStep;
        activity.LeaseStepped(step);
        if (step != previous && !(step == DrainLeaseStep.Renewed && previous == DrainLeaseStep.Claimed))
        {
            ServiceLog.LeaseStepped(logger, holder.Holder, step);
        }

        return step;
    }
}
