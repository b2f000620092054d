using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The worker's loop (architecture.md §3.10, dataverse.md §0.10): steps the drain lease every renewal interval and,
/// while this worker holds it, runs drain cycles under the lease's tenure. After a cycle that found work the next starts
/// at once; after an empty one the runner waits <see cref="DrainPollingOptions.FirstIdleDelay"/>, doubling up to
/// <see cref="DrainPollingOptions.IdleInterval"/>, since every look at the queue is a Dataverse request. A wake-up
/// (<see cref="Wake"/>, the <c>/wake</c> webhook) starts a cycle at once. A stop finishes the cycle in hand, then
/// releases the lease, so a standby takes over at its next look. All waiting is on the <see cref="TimeProvider"/>.
/// </summary>
public sealed class DrainRunner
{
    private readonly IDrainCycle _cycle;
    private readonly DrainLeaseHolder _holder;
    private readonly DrainPollingOptions _polling;
    private readonly TimeSpan _renewalInterval;
    private readonly WakeSignal _wake;
    private readonly DrainActivity _activity;
    private readonly WorkerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<DrainRunner> _logger;
    private readonly LeaseKeeper _lease;

    internal DrainRunner(IDrainCycle cycle, DrainLeaseHolder holder, IOptions<DrainPollingOptions> polling, IOptions<DrainLeaseOptions> lease,
        WakeSignal wake, DrainActivity activity, WorkerMetrics metrics, TimeProvider time, ILogger<DrainRunner> logger)
    {
        (_cycle, _holder, _polling, _renewalInterval) = (cycle, holder, polling.Value, lease.Value.RenewalInterval);
        (_wake, _activity, _metrics, _time, _logger) = (wake, activity, metrics, time, logger);
        _lease = new LeaseKeeper(holder, _renewalInterval, wake, activity, time, logger);
    }

    /// <summary>Whether this worker holds the drain lease now.</summary>
    public bool IsHolding => _holder.IsHolding;

    /// <summary>Starts a cycle at once (when holding the lease), whatever the idle back-off.</summary>
    public void Wake() => _wake.Raise();

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled; then finishes the cycle in hand and releases the lease.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        ServiceLog.Started(_logger, _holder.Holder, _polling.IdleInterval, _renewalInterval);
        _lease.Start(stepFirst: true);
        try
        {
            var delay = TimeSpan.Zero;
            while (!stoppingToken.IsCancellationRequested)
            {
                if (_holder.IsHolding)
                {
                    var report = await RunCycleAsync(rethrow: false).ConfigureAwait(false);
                    delay = report is { FoundWork: true } ? TimeSpan.Zero : NextDelay(delay);
                }
                else
                {
                    delay = _polling.IdleInterval; // a standby's claim raises the wake-up
                }

                if (delay > TimeSpan.Zero && await WaitAsync(delay, stoppingToken).ConfigureAwait(false))
                {
                    ServiceLog.Woken(_logger);
                    delay = TimeSpan.Zero;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while waiting: no cycle in hand.
        }
        finally
        {
            ServiceLog.Stopping(_logger);
            await _lease.StopAndReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Claims the lease, runs cycles until one finds no work or stops, and releases the lease: <c>drain --once</c> and
    /// the sandbox. Cancelling <paramref name="cancellationToken"/> lets the cycle in hand finish and ends the drain
    /// <see cref="DrainSummary.Interrupted"/>. Returns <see cref="DrainSummary.NotHeld"/> when another worker holds the lease.
    /// <paramref name="onCycle"/>, when given, sees each cycle's report as it ends (the sandbox's report per table).
    /// </summary>
    public async Task<DrainSummary> DrainUntilEmptyAsync(CancellationToken cancellationToken, Action<DrainCycleReport>? onCycle = null)
    {
        await _lease.StepAsync(cancellationToken).ConfigureAwait(false);
        if (!_holder.IsHolding)
        {
            return DrainSummary.NotHeld;
        }

        _lease.Start(stepFirst: false);
        var summary = DrainSummary.NotHeld with { LeaseHeld = true };
        try
        {
            while (true)
            {
                var report = await RunCycleAsync(rethrow: true).ConfigureAwait(false);
                if (report is not null)
                {
                    onCycle?.Invoke(report);
                }

                summary = report is null ? summary with { Stopped = DrainStop.LeaseLost } : summary.With(report);
                if (report is not { FoundWork: true })
                {
                    break;
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    summary = summary with { Interrupted = true };
                    break;
                }
            }
        }
        finally
        {
            await _lease.StopAndReleaseAsync().ConfigureAwait(false);
        }

        ServiceLog.DrainFinished(_logger, summary);
        return summary;
    }

    /// <summary>
    /// Claims the lease, runs <paramref name="work"/> under it and releases it: <c>writeback --once</c> and the sandbox. The
    /// token given to <paramref name="work"/> is cancelled when <paramref name="cancellationToken"/> is, or the moment the
    /// lease is lost or lapses; the Marketo call fence admits no call the lease cannot cover (dataverse.md §0.10).
    /// Returns false, without running anything, when another worker holds the lease.
    /// </summary>
    public async Task<(bool Held, T? Result)> UnderLeaseAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _lease.StepAsync(cancellationToken).ConfigureAwait(false);
        if (!_holder.IsHolding)
        {
            return (false, default);
        }

        _lease.Start(stepFirst: false);
        try
        {
            using var tenure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _holder.Tenure);
            return (true, await work(tenure.Token).ConfigureAwait(false));
        }
        finally
        {
            await _lease.StopAndReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One cycle under the lease's tenure; null when the tenure ended before it could write, or it failed (unless <paramref name="rethrow"/>).</summary>
    private async Task<DrainCycleReport?> RunCycleAsync(bool rethrow)
    {
        var tenure = _holder.Tenure;
        _wake.Consume();
        _activity.CycleStarting(_time.GetUtcNow());
        DrainCycleReport? report = null;
        try
        {
            report = await _cycle.RunAsync(tenure).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (tenure.IsCancellationRequested)
        {
            ServiceLog.TenureEnded(_logger);
        }
        catch (Exception ex) when (!rethrow && ex is not OperationCanceledException)
        {
            ServiceLog.CycleFailed(_logger, ex);
            _metrics.CycleFailed();
        }
        finally
        {
            _activity.CycleFinished(_time.GetUtcNow(), report);
        }

        if (report is not null)
        {
            _metrics.Record(report);
            CycleLog.Write(_logger, report);
        }

        return report;
    }

    private TimeSpan NextDelay(TimeSpan delay) => delay <= TimeSpan.Zero
        ? _polling.FirstIdleDelay
        : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _polling.IdleInterval.Ticks));

    /// <summary>Waits up to <paramref name="delay"/>; true when a wake-up ended the wait.</summary>
    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        ServiceLog.Idle(_logger, delay);
        var waiting = _wake.WaitAsync(delay, _time, stoppingToken);
        _activity.Waiting(_time.GetUtcNow() + delay);
        return await waiting.ConfigureAwait(false);
    }
}
