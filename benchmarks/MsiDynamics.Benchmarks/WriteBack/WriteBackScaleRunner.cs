using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Benchmarks.WriteBack;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/MsiDynamics.Benchmarks -- writeback-scale [--persons 1000,100000] [--changes 10]</c>:
/// for each database size, seeds that many synced persons into both emulators (the Dataverse one running the real
/// plug-ins), runs the write-back's first cycle (which takes an activity position and reconciles every person once), records
/// <c>--changes</c> interesting moments spread over the persons, and measures one incremental cycle. The aim
/// (docs/writeback.md): the incremental cycle's Marketo calls and Dataverse requests grow with the changed persons, not
/// with the database, so both sizes cost the same. Exits 1 if they do not, or if a change did not reach Dynamics.
/// </summary>
internal static class WriteBackScaleRunner
{
    public const string Command = "writeback-scale";

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = Argument(args, "--persons")?.Split(',').Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray() ?? [1_000, 100_000];
        var changes = int.Parse(Argument(args, "--changes") ?? "10", NumberStyles.None, CultureInfo.InvariantCulture);
        var figures = new List<WriteBackScaleFigure>();
        foreach (var persons in sizes)
        {
            figures.AddRange(await MeasureAsync(persons, changes));
        }

        Console.WriteLine();
        Console.WriteLine(WriteBackScaleFigure.Header);
        figures.ForEach(Console.WriteLine);
        var incremental = figures.Where(f => f.Cycle.StartsWith("incremental", StringComparison.Ordinal)).ToList();
        var flat = incremental.Select(f => (f.MarketoCalls, f.DataverseRequests)).Distinct().Count() == 1;
        var reached = incremental.All(f => f.Report.RowsWritten == changes && f.Report.PersonsRefreshed == changes);
        Console.WriteLine();
        Console.WriteLine($"Incremental cost independent of database size: {(flat ? "yes" : "NO")}; every change written: {(reached ? "yes" : "NO")}.");
        return flat && reached ? 0 : 1;
    }

    private static async Task<IReadOnlyList<WriteBackScaleFigure>> MeasureAsync(int persons, int changes)
    {
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [typeof(CapturePlugin).Assembly] });
        await using var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions
        {
            ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret,
        });
        var clock = Stopwatch.StartNew();
        var leads = WriteBackScaleSeeder.Seed(dataverse.Organization, marketo, persons);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{persons:N0} persons seeded in {clock.Elapsed.TotalSeconds:F1} s"));
        await using var worker = SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl, holder: "writeback-scale");

        var first = await MeasureCycleAsync("first (reconcile)", persons, dataverse, marketo, worker);
        for (var i = 0; i < changes; i++)
        {
            marketo.RecordInterestingMoment(leads[(int)((long)i * persons / changes)], "Web", $"Visited pricing page {i}", "Web page");
        }

        var incremental = await MeasureCycleAsync($"incremental, {changes} changes", persons, dataverse, marketo, worker);
        return [first, incremental];
    }

    private static async Task<WriteBackScaleFigure> MeasureCycleAsync(
        string name, int persons, DataverseEmulator dataverse, MarketoEmulator marketo, ServiceProvider worker)
    {
        var (calls, requests, operations) = (MarketoCalls(marketo), dataverse.Traffic.ServiceProtectionRequests, dataverse.Traffic.EntitlementOperations);
        var clock = Stopwatch.StartNew();
        var report = await worker.GetRequiredService<WriteBackCycle>().RunOnceAsync(full: false);
        var figure = new WriteBackScaleFigure(name, persons, MarketoCalls(marketo) - calls,
            dataverse.Traffic.ServiceProtectionRequests - requests, dataverse.Traffic.EntitlementOperations - operations, report, clock.Elapsed);
        Console.WriteLine($"  {name}: {report}");
        return figure;
    }

    private static long MarketoCalls(MarketoEmulator marketo) => marketo.Traffic.TotalCalls - marketo.Traffic.IdentityCalls;

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
