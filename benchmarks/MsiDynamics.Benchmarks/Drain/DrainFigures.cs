using System.Globalization;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>The drain's figures against their aims, as a table, with the raw counts behind them.</summary>
internal static class DrainFigures
{
    private const double Megabyte = 1024 * 1024;

    public static IReadOnlyList<DrainFigure> Of(DrainMeasurement m)
    {
        var changes = (double)m.Mix.Changes;
        var e = m.Emulators;
        return
        [
            new("Throughput ÷ Marketo ceiling (records/s)", m.RecordsSynced / m.Elapsed.TotalSeconds / m.CeilingPerSecond, "F3", 0.95, AtLeast: true),
            new("Records per Marketo REST call", (double)e.MarketoRecordsSent / e.MarketoRestCalls, "F1", 290, AtLeast: true),
            new("Dataverse service-protection requests/change", e.DataverseRequests / changes, "F4", 0.01, AtLeast: false),
            new("Entitlement operations/change (+ plug-in's)", (e.DataverseOperations + m.Seed.PluginOperations) / changes, "F3", 2.2, AtLeast: false),
            new("Worker process peak working set (MB)", m.PeakWorkingSet / Megabyte, "F1", 200, AtLeast: false),
            new("Worker CPU time ÷ elapsed (cores busy)", m.CpuTime.TotalSeconds / m.Elapsed.TotalSeconds, "F2", 1.0, AtLeast: false),
        ];
    }

    public static void Print(DrainMeasurement m, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var e = m.Emulators;
        output.WriteLine(string.Create(inv,
            $"{m.RecordsSynced} records synced from {m.Seed.QueuedRows} queue rows in {m.Cycles.Cycles} cycles, {m.Elapsed.TotalSeconds:F1} s: "
            + $"{m.RecordsSynced / m.Elapsed.TotalSeconds:F0} records/s; ceiling {m.RecordsPerCall} × {m.CallsPer20Seconds} calls ÷ 20 s = {m.CeilingPerSecond:F0} records/s."));
        output.WriteLine(string.Create(inv,
            $"Marketo: {e.MarketoRestCalls} REST calls carrying {e.MarketoRecordsSent} records; the cycles' own count {m.Cycles.MarketoCalls} calls."));
        output.WriteLine(string.Create(inv,
            $"Dataverse (the emulator's counts): {e.DataverseRequests} requests, {e.DataverseOperations} operations by the drain; {m.Seed.PluginOperations} by the plug-ins "
            + $"while saving; the worker's own DataverseCosts: {m.Cycles.DataverseRequests} requests, {m.Cycles.DataverseOperations} operations."));
        output.WriteLine(string.Create(inv,
            $"Worker memory: peak working set {m.PeakWorkingSet / Megabyte:F0} MB ({m.BaselineWorkingSet / Megabyte:F0} MB as the drain began); managed heap {m.BaselineHeap / Megabyte:F0} MB live before the drain, peak "
            + $"{m.PeakHeap / Megabyte:F0} MB during it (garbage included; at most {m.PeakAfterCollection / Megabyte:F0} MB left by a collection, large-object heap at most "
            + $"{m.PeakLargeObjects / Megabyte:F0} MB; at most {m.PeakCommitted / Megabyte:F0} MB committed by the GC; {m.Collections} collections); {m.AllocatedBytes / Megabyte:F0} MB allocated ({m.AllocatedBytes / (double)m.Mix.Changes / 1024:F1} KB per change). "
            + $"Emulators' process: peak working set {e.PeakWorkingSet / Megabyte:F0} MB."));
        output.WriteLine(string.Create(inv,
            $"CPU during the drain: worker {m.CpuTime.TotalSeconds:F1} s, emulators {e.CpuSeconds:F1} s, over {m.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores "
            + $"(1-minute load average before the drain {m.LoadAverage}, after it {LoadAverage()})."));
        var ends = m.Cycles.Ends.Select(e => $"{e.Key} {e.Value}");
        var stops = m.Cycles.Stops;
        output.WriteLine($"Records by end: {string.Join(", ", ends)}; cycles stopped early: {(stops.Count == 0 ? "none" : string.Join(", ", stops))}.");
        output.WriteLine();
        output.WriteLine(DrainFigure.Header);
        foreach (var figure in Of(m))
        {
            output.WriteLine(figure.Row());
        }
    }

    /// <summary>The machine's 1-minute load average, when the system tells it: other work on the machine slows the drain.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
