using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- drain-scale [--changes 100000,1000000]</c>:
/// runs <c>drain-backlog</c> at each backlog size, each in a process of its own (so each size's peak working set is its
/// own), and prints throughput and memory side by side: records/s and its ratio to the first size's (aim: within 5%),
/// and the worker's peak working set against 200 MB. Exits 1 if a run failed or an aim was missed.
/// </summary>
internal static class DrainScaleRunner
{
    public const string Command = "drain-scale";

    /// <summary>The worker's peak working set aim, at any backlog size.</summary>
    public const double WorkingSetAimMegabytes = 200;

    /// <summary>How far the largest backlog's throughput may fall below the smallest's.</summary>
    public const double ThroughputTolerance = 0.05;

    private const double Megabyte = 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = SizesArgument(args);
        var runs = new List<DrainScaleRun>();
        foreach (var changes in sizes)
        {
            var summary = Path.Combine(Path.GetTempPath(), $"drain-scale-{Environment.ProcessId}-{changes}.json");
            Console.WriteLine($"== drain-backlog --changes {changes}");
            using var run = Process.Start(SelfProcess.StartInfo(
                [DrainBacklogRunner.Command, "--changes", changes.ToString(CultureInfo.InvariantCulture), "--summary", summary], redirect: false))
                ?? throw new InvalidOperationException("The drain-backlog process did not start.");
            await run.WaitForExitAsync();
            if (!File.Exists(summary))
            {
                Console.WriteLine($"The run of {changes} changes ended (exit code {run.ExitCode}) without its figures.");
                return 1;
            }

            runs.Add(JsonSerializer.Deserialize<DrainScaleRun>(await File.ReadAllTextAsync(summary)) ?? throw new InvalidDataException(summary));
            File.Delete(summary);
        }

        Console.WriteLine();
        return Print(runs, Console.Out) ? 0 : 1;
    }

    /// <summary>Prints the runs side by side; true when every run was complete and every aim met.</summary>
    public static bool Print(IReadOnlyList<DrainScaleRun> runs, TextWriter output)
    {
        var first = runs[0];
        output.WriteLine("| Backlog (changes) | Queue rows | Seconds | Records/s | ÷ first size | Worker peak working set (MB) | ÷ 200 MB | Complete | Dataverse ops/change | Dataverse budget (changes/s) | 429s |");
        output.WriteLine("|------------------:|-----------:|--------:|----------:|-------------:|-----------------------------:|---------:|----------|---------------------:|-----------------------------:|-----:|");
        var met = true;
        foreach (var run in runs)
        {
            var ratio = run.RecordsPerSecond / first.RecordsPerSecond;
            var memory = run.PeakWorkingSet / Megabyte;
            met &= run.Complete && ratio >= 1 - ThroughputTolerance && memory <= WorkingSetAimMegabytes;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run.Changes,17:N0} | {run.QueueRows,10:N0} | {run.Seconds,7:F0} | {run.RecordsPerSecond,9:F0} | {ratio,12:F3} | {memory,28:F1} | {memory / WorkingSetAimMegabytes,8:F2} | "
                + $"{(run.Complete ? "yes" : "NO"),-8} | {(double)run.DataverseOperations / run.Changes,20:F2} | {run.DataverseBudgetPerSecond,28:F0} | {run.DataverseThrottled,4} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Aims: throughput at every size at least {1 - ThroughputTolerance:F2} of the first's; worker peak working set ≤ {WorkingSetAimMegabytes:F0} MB: {(met ? "met" : "MISSED")}."));
        return met;
    }

    private static int[] SizesArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--changes");
        var text = at >= 0 && at + 1 < args.Length ? args[at + 1] : "100000,1000000";
        return [.. text.Split(',').Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture))];
    }
}
