using MsiDynamics.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Benchmarks.Latency;

/// <summary>
/// One way of noticing changes, measured on the wall clock with the worker's defaults: a lease holder runs its loop
/// (<see cref="DrainRunner.RunAsync"/>) while a change is saved every second, then stays idle until its back-off has
/// reached <see cref="DrainPollingOptions.IdleInterval"/>, and one more change is saved. With <paramref name="Wake"/>,
/// every save is followed by <see cref="DrainRunner.Wake"/>, as the <c>/wake</c> webhook registered on the queue row's
/// Create does once the plug-in's Create is committed.
/// </summary>
internal sealed record LatencyMode(string Name, bool Wake)
{
    private static readonly TimeSpan ArrivalLimit = TimeSpan.FromMinutes(2);

    public async Task<LatencyModeResult> MeasureAsync(DataverseEmulator dataverse, MarketoEmulator marketo, int seconds)
    {
        await using var worker = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl, holder: $"latency-{Name}");
        var runner = worker.GetRequiredService<DrainRunner>();
        var polling = worker.GetRequiredService<IOptions<DrainPollingOptions>>().Value;
        using var stop = new CancellationTokenSource();
        var running = runner.RunAsync(stop.Token);
        await using var probe = new ChangeProbe(dataverse.Organization, marketo.Store, Name);

        // The owner (a Marketo sales person) and a first lead, so the measured changes find the references made.
        SaveOne(probe, runner);
        var warm = await probe.AllArrivedAsync(ArrivalLimit);
        probe.Take();

        using (var second = new PeriodicTimer(TimeSpan.FromSeconds(1)))
        {
            for (var i = 0; i < seconds && await second.WaitForNextTickAsync(); i++)
            {
                SaveOne(probe, runner);
            }
        }

        var flowed = await probe.AllArrivedAsync(ArrivalLimit);
        var flowing = probe.Take();
        var lostFlowing = probe.Pending;

        // Idle until the back-off reaches its cap: 1 + 2 + 4 + 8 + 15 s with the defaults, plus the empty cycles.
        var idle = IdleUntilCapped(polling);
        await Task.Delay(idle);
        SaveOne(probe, runner);
        var afterIdle = await probe.AllArrivedAsync(ArrivalLimit) ? probe.Take().Single() : (TimeSpan?)null;

        await stop.CancelAsync();
        await running;
        return new LatencyModeResult(this, flowing, lostFlowing, afterIdle, idle, warm && flowed, polling.IdleInterval);
    }

    /// <summary>The waits of the back-off from the first to the capped one, summed, and a second for the empty cycles.</summary>
    public static TimeSpan IdleUntilCapped(DrainPollingOptions polling)
    {
        var (total, wait) = (TimeSpan.Zero, polling.FirstIdleDelay);
        while (wait < polling.IdleInterval)
        {
            total += wait;
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, polling.IdleInterval.Ticks));
        }

        return total + polling.IdleInterval + TimeSpan.FromSeconds(1);
    }

    private void SaveOne(ChangeProbe probe, DrainRunner runner)
    {
        probe.Save();
        if (Wake)
        {
            runner.Wake();
        }
    }
}
