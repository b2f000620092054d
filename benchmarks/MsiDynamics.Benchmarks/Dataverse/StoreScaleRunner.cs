using System.Diagnostics;
using System.Globalization;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Benchmarks.Dataverse;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- dataverse-store-scale [--rows 1000,1000000]</c>:
/// for each size, seeds that many Pending queue rows straight into the Dataverse emulator's store, then times (median
/// of many runs) a one-row lead Create through the Web API, whose capture plug-in writes a queue row in the same
/// transaction, and the worker's due-rows read (its query, first page of 1,000). It prints µs per operation at each
/// size and the ratio of each to the smallest size's: the emulator's store should cost what a request touches, not
/// what the queue holds (architecture.md §7). Not BenchmarkDotNet: a run seeds up to a million rows, once per size.
/// </summary>
internal static class StoreScaleRunner
{
    public const string Command = "dataverse-store-scale";

    private const int CreateRuns = 300;
    private const int ReadRuns = 60;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = SizesArgument(args);
        var results = new List<StoreScaleFigures>();
        foreach (var size in sizes)
        {
            results.Add(await MeasureAsync(size));
            Console.WriteLine(results[^1].Describe(results[0]));
        }

        return results.All(r => r.DueRows >= Math.Min(r.Rows, StoreScaleFigures.PageSize)) ? 0 : 1;
    }

    private static async Task<StoreScaleFigures> MeasureAsync(int rows)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions
        {
            PluginAssemblies = [typeof(CapturePlugin).Assembly],
            RequestsPerWindow = int.MaxValue,
        });
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var seeding = Stopwatch.StartNew();
        QueueRows.SeedPending(emulator.Organization, rows);
        seeding.Stop();
        var heapPerRow = (double)(GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / rows;

        using var client = new StoreScaleClient(emulator);
        var create = await client.MedianAsync(CreateRuns, client.CreateLeadAsync);
        var dueRows = 0;
        var read = await client.MedianAsync(ReadRuns, async () => dueRows = await client.ReadDueRowsAsync());
        using var process = Process.GetCurrentProcess();
        return new StoreScaleFigures(rows, seeding.Elapsed, heapPerRow, process.PeakWorkingSet64, create, read, dueRows);
    }

    private static int[] SizesArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--rows");
        var text = at >= 0 && at + 1 < args.Length ? args[at + 1] : "1000,1000000";
        return [.. text.Split(',').Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture))];
    }
}
