using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Sandbox.Hosting;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Benchmarks.Dataverse;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- dataverse-queue-cycle [--rows N]</c>:
/// seeds N Pending queue rows (default 10,000) in the Dataverse emulator, then reads them as the drain does (the paged
/// due read of <see cref="SyncQueue.DueRows"/>, no claim) and completes them through the production client, a page at a
/// time, and reports
/// both of Dataverse's costs per queue row (dataverse.md §0.12): service protection requests against the ceiling 0.01,
/// and entitlement operations against the ceiling 1.01 (one per row for its completion, a target of UpdateMultiple,
/// and a share of the paged read; dataverse.md §0.10 rules out a counted claim per row). Not BenchmarkDotNet: the
/// figures are counts, and one cycle is the measurement.
/// </summary>
internal static class QueueCycleRunner
{
    public const string Command = "dataverse-queue-cycle";

    private const double RequestCeiling = 0.01;
    private const double OperationCeiling = 1.01;

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = RowsArgument(args);
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions());
        QueueRows.SeedPending(emulator.Organization, rows);
        await using var services = SandboxWorker.Build(dataverseUrl: emulator.BaseUrl, marketoUrl: null);
        var queries = services.GetRequiredService<DataverseQueries>();
        var queue = services.GetRequiredService<SyncQueue>();

        emulator.Traffic.Reset();
        var clock = Stopwatch.StartNew();
        var completed = 0;
        await foreach (var page in queries.PagesAsync(SyncQueue.DueRows(DateTimeOffset.UtcNow, Q.Id, Q.Attempts), "queue.due"))
        {
            // Each page is completed before the next is read, as the drain does: the next page starts after the last
            // row read (the paging cookie), so rows that left the filter do not shift it.
            var done = await queue.CompleteAsync([.. page.Rows.Select(r => QueueCompletion.Succeeded(r.GetGuid(Q.Id)!.Value, (r.GetInt(Q.Attempts) ?? 0) + 1, "4711"))]);
            completed += done.Outcomes.Count(o => o.IsSuccess);
        }

        clock.Stop();
        var traffic = emulator.Traffic;
        var succeeded = QueueRows.CountByStatus(emulator.Organization).GetValueOrDefault("Succeeded");
        var requestsPerRow = (double)traffic.ServiceProtectionRequests / rows;
        var operationsPerRow = (double)traffic.EntitlementOperations / rows;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows} queue rows read and completed in {clock.Elapsed.TotalSeconds:F1} s ({rows / clock.Elapsed.TotalSeconds:F0} rows/s); {succeeded} Succeeded in Dataverse, {completed} completions acknowledged."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Service protection requests: {traffic.ServiceProtectionRequests} ({requestsPerRow:F4} per row; ceiling {RequestCeiling}: ratio {requestsPerRow / RequestCeiling:F2}). Requests inside $batch: {traffic.InnerRequests}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Entitlement operations: {traffic.EntitlementOperations} ({operationsPerRow:F4} per row; ceiling {OperationCeiling}: ratio {operationsPerRow / OperationCeiling:F2}); emulated execution time {traffic.ExecutionTime.TotalSeconds:F1} s."));
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
