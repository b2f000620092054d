using System.Diagnostics;
using System.Text.Json;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// The emulators' side of <c>drain-backlog</c>, run in a process of its own so the worker's memory and CPU are
/// measured alone: starts both emulators with their defaults, saves the backlog through the pipeline, writes a
/// <see cref="SeedReport"/> line, waits for the worker to ask (a line on standard input), then writes an
/// <see cref="EmulatorReport"/> line. Protocol lines start with <see cref="Prefix"/>.
/// </summary>
internal static class EmulatorHost
{
    public const string Argument = "--emulators";

    public const string Prefix = "@drain ";

    public static async Task<int> RunAsync(BacklogMix mix)
    {
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [typeof(CapturePlugin).Assembly] });
        await using var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions
        {
            ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret,
        });
        var org = dataverse.Organization;
        var clock = Stopwatch.StartNew();
        var before = org.OperationsExecuted;
        new BacklogSeeder(org, mix).Seed();

        // Every save is one operation of its own; the rest are the plug-ins' Creates of queue rows and settings reads,
        // and the platform's Create of each connection's reciprocal row.
        var pluginOperations = org.OperationsExecuted - before - mix.Changes;
        var queued = QueueRows.CountByStatus(org).Values.Sum();
        Write(new SeedReport(dataverse.BaseUrl, marketo.BaseUrl, queued, pluginOperations, clock.Elapsed.TotalSeconds, PeakWorkingSet()));
        dataverse.Traffic.Reset();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;

        await Console.In.ReadLineAsync();
        process.Refresh();
        var statuses = QueueRows.CountByStatus(org);
        var completeness = MarketoCompleteness.Check(marketo.Store, mix);
        var lines = new StringWriter();
        completeness.Print(lines);
        lines.WriteLine($"Queue rows by status: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}.");
        DrainDiagnostics.Print(dataverse.Traffic, marketo.Traffic, lines);
        Write(new EmulatorReport
        {
            DataverseRequests = dataverse.Traffic.ServiceProtectionRequests,
            DataverseOperations = dataverse.Traffic.EntitlementOperations,
            DataverseThrottled = dataverse.Traffic.ThrottledRequests,
            MarketoRestCalls = marketo.Traffic.TotalCalls - marketo.Traffic.IdentityCalls,
            MarketoRecordsSent = marketo.Traffic.RecordsByEndpoint.Values.Sum(),
            Complete = completeness.Complete,
            SettledRows = statuses.GetValueOrDefault("Succeeded") + statuses.GetValueOrDefault("Superseded"),
            Lines = lines.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries),
            PeakWorkingSet = process.PeakWorkingSet64,
            CpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds,
        });
        return 0;
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static void Write<T>(T report)
    {
        Console.Out.WriteLine(Prefix + JsonSerializer.Serialize(report));
        Console.Out.Flush();
    }
}
