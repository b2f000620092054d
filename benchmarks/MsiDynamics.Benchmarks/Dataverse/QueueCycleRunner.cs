using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Benchmarks.Dataverse;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- dataverse-queue-cycle [--rows N]</c>:
/// seeds N Pending queue rows (default 10,000) in the Dataverse emulator, then leases and completes them all
/// through the production client, and reports the Web API requests per queue row against the ceiling 0.01.
/// Not BenchmarkDotNet: the figure is a count, and one cycle is the measurement.
/// </summary>
internal static class QueueCycleRunner
{
    public const string Command = "dataverse-queue-cycle";

    /// <summary>The most rows one lease takes (one page of the due-rows query).</summary>
    private const int LeaseSize = 5000;

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = RowsArgument(args);
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions());
        QueueRows.SeedPending(emulator.Organization, rows);
        await using var services = SandboxWorker.Build(dataverseUrl: emulator.BaseUrl, marketoUrl: null);
        var queue = services.GetRequiredService<SyncQueue>();

        var before = emulator.Traffic.TotalRequests;
        var innerBefore = emulator.Traffic.InnerRequests;
        var clock = Stopwatch.StartNew();
        var completed = 0;
        while (true)
        {
            var lease = await queue.LeaseAsync("benchmark-worker", LeaseSize, TimeSpan.FromMinutes(5));
            if (lease.Items.Count == 0)
            {
                break;
            }

            var done = await queue.CompleteAsync([.. lease.Items.Select(i => QueueCompletion.Succeeded(i.Id, i.Attempts + 1, "4711"))]);
            completed += done.Outcomes.Count(o => o.IsSuccess);
        }

        clock.Stop();
        var requests = emulator.Traffic.TotalRequests - before;
        var inner = emulator.Traffic.InnerRequests - innerBefore;
        var succeeded = QueueRows.CountByStatus(emulator.Organization).GetValueOrDefault("Succeeded");
        var perRow = (double)requests / rows;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows} queue rows leased and completed in {clock.Elapsed.TotalSeconds:F1} s ({rows / clock.Elapsed.TotalSeconds:F0} rows/s); {succeeded} Succeeded in Dataverse, {completed} completions acknowledged."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Web API requests: {requests} ({perRow:F4} per row; ceiling 0.01: ratio {perRow / 0.01:F2}). Operations inside $batch: {inner} ({(double)inner / rows:F2} per row)."));
        return succeeded == rows ? 0 : 1;
    }

    private static int RowsArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--rows");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 10_000;
    }
}
