using MsiDynamics.Sandbox.Hosting;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- drain-backlog [--changes N] [--summary FILE]</c>: saves a
/// backlog of N changes (default 100,000; mix in <see cref="BacklogMix"/>) through the Dataverse emulator's pipeline,
/// so the real plug-ins queue them, then drains it to the Marketo emulator with the real drain, cycle after cycle
/// until one finds no work. Marketo's real limits and the worker's defaults apply, so the run takes real time (at
/// best N ÷ 750 s). The emulators run in a second process of this program (<see cref="EmulatorHost"/>), so this
/// process is the worker alone and its memory and CPU are the worker's. Prints each figure against its aim and
/// checks that Marketo ends with every record and the queue with every row settled; exits 1 if not. With
/// <c>--summary FILE</c> it also writes its <see cref="DrainScaleRun"/> there, for <see cref="DrainScaleRunner"/>.
/// </summary>
internal static class DrainBacklogRunner
{
    public const string Command = "drain-backlog";

    public static async Task<int> RunAsync(string[] args)
    {
        var mix = BacklogMix.Of(ChangesArgument(args));
        if (args.Contains(EmulatorHost.Argument))
        {
            return await EmulatorHost.RunAsync(mix);
        }

        Console.WriteLine($"Backlog of {mix.Changes} changes: {mix}.");
        var (emulators, seed) = await EmulatorProcess.StartAsync(mix.Changes);
        using var emulatorProcess = emulators;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Saved in {seed.Seconds:F1} s; {seed.QueuedRows} queue rows; draining…"));
        await using var worker = SandboxWorker.Build(seed.DataverseUrl, seed.MarketoUrl);
        var marketoOptions = worker.GetRequiredService<IOptions<MarketoOptions>>().Value;
        var loadAverage = DrainFigures.LoadAverage();

        await using var memory = MemorySampler.Start();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        using var profile = new HttpStageProfile(seed.DataverseUrl);
        var clock = Stopwatch.StartNew();
        var cycles = await DrainAsync(worker.GetRequiredService<IDrainCycle>(), profile);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        await memory.StopAsync();
        var report = await emulators.ReportAsync();

        var measurement = new DrainMeasurement
        {
            Mix = mix, Seed = seed, Emulators = report, Cycles = cycles, Elapsed = clock.Elapsed, CpuTime = cpu,
            BaselineHeap = memory.BaselineHeap, BaselineWorkingSet = memory.BaselineWorkingSet, PeakHeap = memory.PeakHeap, PeakAfterCollection = memory.PeakAfterCollection, PeakLargeObjects = memory.PeakLargeObjects, PeakCommitted = memory.PeakCommitted,
            Collections = GC.CollectionCount(0), AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - memory.BaselineAllocated,
            PeakWorkingSet = MemorySampler.PeakWorkingSet(), LoadAverage = loadAverage,
            CallsPer20Seconds = marketoOptions.CallsPer20Seconds, RecordsPerCall = marketoOptions.BatchSize,
        };
        Console.WriteLine();
        DrainFigures.Print(measurement, Console.Out);
        Console.WriteLine();
        profile.Print(Console.Out);
        Console.WriteLine();
        Console.WriteLine($"Marketo ends with every record: {(report.Complete ? "yes" : "NO")}; queue rows settled: {report.SettledRows} of {seed.QueuedRows}.");
        foreach (var line in report.Lines)
        {
            Console.WriteLine(line);
        }

        var complete = report.Complete && report.SettledRows == seed.QueuedRows;
        if (SummaryArgument(args) is { } summary)
        {
            await File.WriteAllTextAsync(summary, JsonSerializer.Serialize(new DrainScaleRun(
                mix.Changes, seed.QueuedRows, measurement.RecordsSynced, clock.Elapsed.TotalSeconds, measurement.PeakWorkingSet, complete, report.DataverseOperations, report.DataverseThrottled)));
        }

        return complete ? 0 : 1;
    }

    private static async Task<CycleTally> DrainAsync(IDrainCycle cycle, HttpStageProfile profile)
    {
        var reports = new CycleTally();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (started, dataverse, marketo) = (clock.Elapsed, profile.TimeOf("Dataverse"), profile.TimeOf("Marketo"));
            var report = await cycle.RunAsync(CancellationToken.None);
            reports.Add(report);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  cycle {reports.Cycles,3} ({(clock.Elapsed - started).TotalSeconds,5:F1} s; in Dataverse requests {(profile.TimeOf("Dataverse") - dataverse).TotalSeconds,5:F1} s, "
                + $"in Marketo calls {(profile.TimeOf("Marketo") - marketo).TotalSeconds,5:F1} s): {report}"));
            if (!report.FoundWork)
            {
                return reports;
            }
        }
    }

    /// <summary>Where <c>--summary FILE</c> asks for the run's <see cref="DrainScaleRun"/>, if it does.</summary>
    private static string? SummaryArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--summary");
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int ChangesArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--changes");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 100
            ? n
            : 100_000;
    }
}
