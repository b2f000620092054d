using System.Globalization;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>The drain's figures against their aims (architecture.md §8), as a table.</summary>
internal static class DrainFigures
{
    private const double Megabyte = 1024 * 1024;

    public static IReadOnlyList<DrainFigure> Of(DrainMeasurement m)
    {
        var changes = (double)m.Mix.Changes;
        var perSecond = m.RecordsSynced / m.Elapsed.TotalSeconds;
        return
        [
            new("Throughput ÷ Marketo ceiling (records/s)", perSecond / m.CeilingPerSecond, "F3", 0.95, AtLeast: true),
            new("Records per Marketo REST call", (double)m.MarketoRecordsSent / m.MarketoRestCalls, "F1", 290, AtLeast: true),
            new("Dataverse service-protection requests/change", m.DataverseRequests / changes, "F4", 0.01, AtLeast: false),
            new("Entitlement operations/change (+ plug-in's)", (m.DataverseOperations + m.PluginOperations) / changes, "F3", 2.2, AtLeast: false),
            new("Worker memory, upper bound (heap peak, MB)", (m.PeakHeap - m.BaselineHeap) / Megabyte, "F1", 200, AtLeast: false),
            new("Process CPU time ÷ elapsed (cores busy)", m.CpuTime.TotalSeconds / m.Elapsed.TotalSeconds, "F2", 1.0, AtLeast: false),
        ];
    }

    public static void Print(DrainMeasurement m, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var cores = m.CpuTime.TotalSeconds / m.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(inv,
            $"{m.RecordsSynced} records synced from {m.QueuedRows} queue rows in {m.Cycles.Count} cycles, {m.Elapsed.TotalSeconds:F1} s: "
            + $"{m.RecordsSynced / m.Elapsed.TotalSeconds:F0} records/s; ceiling {m.RecordsPerCall} × {m.CallsPer20Seconds} calls ÷ 20 s = {m.CeilingPerSecond:F0} records/s."));
        output.WriteLine(string.Create(inv,
            $"Marketo: {m.MarketoRestCalls} REST calls carrying {m.MarketoRecordsSent} records; the cycles' own count {m.Cycles.Sum(c => c.MarketoCalls)} calls."));
        output.WriteLine(string.Create(inv,
            $"Dataverse (emulator's counts): {m.DataverseRequests} requests, {m.DataverseOperations} operations by the drain; {m.PluginOperations} by the plug-ins "
            + $"while saving; the worker's own DataverseCosts: {m.Cycles.Sum(c => c.DataverseRequests)} requests, {m.Cycles.Sum(c => c.DataverseOperations)} operations."));
        output.WriteLine(string.Create(inv,
            $"Memory: process peak working set {m.PeakWorkingSet / Megabyte:F0} MB (both emulators, the backlog and the worker); managed heap {m.BaselineHeap / Megabyte:F0} MB "
            + $"live before the drain, peak {m.PeakHeap / Megabyte:F0} MB during it, {m.RetainedHeap / Megabyte:F0} MB live after it; {m.AllocatedBytes / Megabyte:F0} MB allocated "
            + $"({m.AllocatedBytes / (double)m.Mix.Changes / 1024:F1} KB per change)."));
        output.WriteLine(string.Create(inv,
            $"CPU: {m.CpuTime.TotalSeconds:F1} s over {m.Elapsed.TotalSeconds:F1} s = {cores:F2} of one core of {Environment.ProcessorCount}, emulators included."));
        output.WriteLine();
        output.WriteLine(DrainFigure.Header);
        foreach (var figure in Of(m))
        {
            output.WriteLine(figure.Row());
        }
    }
}
