using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Benchmarks.Latency;

/// <summary>
/// An idle simulated day: a lease holder and a standby, each as production wires it with the defaults, run against a
/// Dataverse emulator with an empty queue, all on one <see cref="ObservedClock"/>. The clock is advanced to the next
/// armed timer (the holder's next look, either worker's next lease step), never past one, once the worker has settled
/// after the last one (no request in flight, the same timers armed for a while). Counts the requests the service
/// protection limits see and the operations the entitlement counts (dataverse.md §0.4), for each worker alone.
/// </summary>
internal static class IdleDaySimulation
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Requests and operations per simulated <paramref name="span"/>, of the holder and of the standby.</summary>
    public static async Task<IdleDayCounts> RunAsync(TimeSpan span)
    {
        var clock = new ObservedClock(Start);
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions
        {
            PluginAssemblies = [typeof(CapturePlugin).Assembly], TimeProvider = clock,
        });
        await using var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions
        {
            ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret,
        });
        var wall = Stopwatch.StartNew();
        var holder = await RunOneAsync(dataverse, marketo, clock, span, withStandby: false);
        var both = await RunOneAsync(dataverse, marketo, clock, span, withStandby: true);
        return new IdleDayCounts(holder.Requests, holder.Operations, both.Requests - holder.Requests, both.Operations - holder.Operations, span, wall.Elapsed);
    }

    /// <summary>One span of the holder alone, or of the holder and a standby; the standby's share is the difference.</summary>
    private static async Task<(long Requests, long Operations)> RunOneAsync(
        DataverseEmulator dataverse, MarketoEmulator marketo, ObservedClock clock, TimeSpan span, bool withStandby)
    {
        await using var holderWorker = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl, clock, "idle-holder");
        await using var standbyWorker = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl, clock, "idle-standby");
        using var stop = new CancellationTokenSource();
        var holder = holderWorker.GetRequiredService<DrainRunner>();
        var running = new List<Task> { holder.RunAsync(stop.Token) };
        await SettleAsync(dataverse, clock);
        if (!holder.IsHolding)
        {
            throw new InvalidOperationException("The idle holder did not claim the drain lease.");
        }

        if (withStandby)
        {
            running.Add(standbyWorker.GetRequiredService<DrainRunner>().RunAsync(stop.Token));
            await SettleAsync(dataverse, clock);
        }

        // Settled after the claim (and the standby's first look): count what the simulated span adds.
        var (requests, operations) = (dataverse.Traffic.ServiceProtectionRequests, dataverse.Traffic.EntitlementOperations);
        // The span is half open: what falls due at its very end belongs to the next span.
        var end = clock.GetUtcNow() + span;
        while ((clock.NextDue ?? clock.GetUtcNow() + TimeSpan.FromSeconds(1)) is var next && next < end)
        {
            clock.Advance(next > clock.GetUtcNow() ? next - clock.GetUtcNow() : TimeSpan.Zero);
            await SettleAsync(dataverse, clock);
        }

        var counted = (dataverse.Traffic.ServiceProtectionRequests - requests, dataverse.Traffic.EntitlementOperations - operations);
        await stop.CancelAsync();
        await Task.WhenAll(running);
        return counted;
    }

    /// <summary>Waits until nothing moves: the request count and the armed timers unchanged over several looks.</summary>
    private static async Task SettleAsync(DataverseEmulator dataverse, ObservedClock clock)
    {
        var (requests, armed, next, quiet) = (-1L, -1, (DateTimeOffset?)null, 0);
        while (quiet < 4)
        {
            await Task.Delay(1);
            var now = (dataverse.Traffic.TotalRequests, clock.Armed, clock.NextDue);
            var still = now.TotalRequests == requests && now.Armed == armed && now.NextDue == next && (next is null || next > clock.GetUtcNow());
            quiet = still ? quiet + 1 : 0;
            (requests, armed, next) = now;
        }
    }
}
