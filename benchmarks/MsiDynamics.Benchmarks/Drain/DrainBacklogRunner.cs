using System.Diagnostics;
using System.Globalization;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Schema;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- drain-backlog [--changes N]</c>: saves a
/// backlog of N changes (default 100,000; mix in <see cref="BacklogMix"/>) through the Dataverse emulator's pipeline,
/// so the real plug-ins queue them, then drains it to the Marketo emulator with the real drain, cycle after cycle
/// until one finds no work. Marketo's real limits and the worker's defaults apply, so the run takes real time (about
/// N ÷ 750 s). Prints each figure against its aim and checks that Marketo ends with every record; exits 1 if not.
/// Both emulators run in this process: the heap's peak above its level before the drain is reported as an upper
/// bound of the worker's memory (see <see cref="MemorySampler"/>), the process peak working set beside it.
/// </summary>
internal static class DrainBacklogRunner
{
    public const string Command = "drain-backlog";

    public static async Task<int> RunAsync(string[] args)
    {
        var mix = BacklogMix.Of(ChangesArgument(args));
        await using var bench = await DrainBench.StartAsync();
        var org = bench.Dataverse.Organization;
        Console.WriteLine($"Backlog of {mix.Changes} changes: {mix}.");

        var seeding = Stopwatch.StartNew();
        var operationsBefore = org.OperationsExecuted;
        new BacklogSeeder(org, mix).Seed();
        var pluginOperations = org.OperationsExecuted - operationsBefore - mix.Changes;
        var queued = QueueRows.CountByStatus(org).Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Saved in {seeding.Elapsed.TotalSeconds:F1} s; {queued} queue rows; draining…"));

        bench.Dataverse.Traffic.Reset();
        var marketoBefore = (bench.Marketo.Traffic.TotalCalls - bench.Marketo.Traffic.IdentityCalls, bench.Marketo.Traffic.RecordsByEndpoint.Values.Sum());
        await using var memory = MemorySampler.Start();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var profile = new HttpStageProfile(bench.Dataverse.BaseUrl);
        var cycles = await DrainAsync(bench.Cycle, profile);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var retained = await memory.StopAsync();

        var marketo = bench.Marketo.Traffic;
        var measurement = new DrainMeasurement
        {
            Mix = mix, QueuedRows = queued, PluginOperations = pluginOperations, Cycles = cycles, Elapsed = clock.Elapsed, CpuTime = cpu,
            DataverseRequests = bench.Dataverse.Traffic.ServiceProtectionRequests, DataverseOperations = bench.Dataverse.Traffic.EntitlementOperations,
            MarketoRestCalls = marketo.TotalCalls - marketo.IdentityCalls - marketoBefore.Item1, MarketoRecordsSent = marketo.RecordsByEndpoint.Values.Sum() - marketoBefore.Item2,
            BaselineHeap = memory.BaselineHeap, PeakHeap = memory.PeakHeap, RetainedHeap = retained,
            AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - memory.BaselineAllocated, PeakWorkingSet = MemorySampler.PeakWorkingSet(),
            CallsPer20Seconds = bench.MarketoOptions.CallsPer20Seconds, RecordsPerCall = bench.MarketoOptions.BatchSize,
        };
        Console.WriteLine();
        DrainFigures.Print(measurement, Console.Out);
        DrainDiagnostics.Print(bench, cycles, Console.Out);
        profile.Print(Console.Out);

        var completeness = MarketoCompleteness.Check(bench.Marketo.Store, mix);
        var statuses = QueueRows.CountByStatus(org);
        Console.WriteLine();
        Console.WriteLine($"Marketo ends with every record: {(completeness.Complete ? "yes" : "NO")}; queue rows by status: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}.");
        completeness.Print(Console.Out);
        // A connection's two halves queue a row each; the drain settles the pair once and supersedes the other row.
        var settled = statuses.GetValueOrDefault(nameof(QueueStatus.Succeeded)) + statuses.GetValueOrDefault(nameof(QueueStatus.Superseded));
        return completeness.Complete && settled == queued ? 0 : 1;
    }

    private static async Task<IReadOnlyList<DrainCycleReport>> DrainAsync(IDrainCycle cycle, HttpStageProfile profile)
    {
        var reports = new List<DrainCycleReport>();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (started, dataverse, marketo) = (clock.Elapsed, profile.TimeOf("Dataverse"), profile.TimeOf("Marketo"));
            var report = await cycle.RunAsync(CancellationToken.None);
            reports.Add(report);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  cycle {reports.Count,3} ({(clock.Elapsed - started).TotalSeconds,5:F1} s; in Dataverse requests {(profile.TimeOf("Dataverse") - dataverse).TotalSeconds,5:F1} s, "
                + $"in Marketo calls {(profile.TimeOf("Marketo") - marketo).TotalSeconds,5:F1} s): {report}"));
            if (!report.FoundWork)
            {
                return reports;
            }
        }
    }

    private static int ChangesArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--changes");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 100
            ? n
            : 100_000;
    }
}
