using BenchmarkDotNet.Running;
using MsiDynamics.Benchmarks.Dataverse;
using MsiDynamics.Benchmarks.Drain;
using MsiDynamics.Benchmarks.Latency;
using MsiDynamics.Benchmarks.Marketo;

namespace MsiDynamics.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet benchmarks of this project (<c>--filter *</c> for all), or, with
/// <c>marketo-throughput [--seconds N]</c> as the first argument, the Marketo throughput runner, which
/// needs real time windows and so is not a BenchmarkDotNet benchmark, or with <c>dataverse-queue-cycle
/// [--rows N]</c> the count of Web API requests per queue row over a due read → complete cycle, or with
/// <c>dataverse-store-scale [--rows 1000,1000000]</c> the emulator's cost of a Create and a due-rows read by queue size, or
/// with <c>drain-backlog [--changes N]</c> the drain of a backlog the plug-ins queued, from Dataverse to Marketo, against
/// the drain's aims (throughput, records per call, Dataverse costs per change, memory), or with <c>drain-scale
/// [--changes 100000,1000000]</c> that drain at each backlog size, throughput and memory side by side, or with <c>drain-latency
/// [--seconds N]</c> how soon a change reaches Marketo while changes flow and after idling, with polling and with the
/// wake-up, and the Dataverse requests of an idle day.
/// </summary>
public static class BenchmarkEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == MarketoThroughputRunner.Command)
        {
            return await MarketoThroughputRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == QueueCycleRunner.Command)
        {
            return await QueueCycleRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == StoreScaleRunner.Command)
        {
            return await StoreScaleRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == DrainBacklogRunner.Command)
        {
            return await DrainBacklogRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == DrainScaleRunner.Command)
        {
            return await DrainScaleRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == WriteBack.WriteBackScaleRunner.Command)
        {
            return await WriteBack.WriteBackScaleRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == DrainLatencyRunner.Command)
        {
            return await DrainLatencyRunner.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
        return 0;
    }
}
