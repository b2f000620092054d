using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>Where the drain's costs went, to find the stage that misses an aim: Marketo records by endpoint, Dataverse requests by message, answers refused.</summary>
internal static class DrainDiagnostics
{
    public static void Print(DrainBench bench, IReadOnlyList<DrainCycleReport> cycles, TextWriter output)
    {
        var marketo = bench.Marketo.Traffic;
        var dataverse = bench.Dataverse.Traffic;
        output.WriteLine();
        output.WriteLine($"Marketo records by endpoint: {string.Join(", ", marketo.RecordsByEndpoint.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value}"))}.");
        output.WriteLine($"Marketo: at most {marketo.MaxCallsInAnyWindow} calls in any 20 s, {marketo.PeakConcurrency} at once, {marketo.IdentityCalls} identity calls; "
            + $"errors: {Codes(marketo.CallsByErrorCode.Select(c => (c.Key, (long)c.Value)))}.");
        output.WriteLine($"Dataverse requests by message: {string.Join(", ", dataverse.RequestsByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}"))}; "
            + $"$batch {dataverse.BatchRequests} (inner {dataverse.InnerRequests}); throttled {dataverse.ThrottledRequests}; answers: "
            + $"{Codes(dataverse.ResponsesByStatus.Select(s => (s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Value)))}.");
        var stops = cycles.Where(c => c.Stopped is not null).Select(c => c.Stopped!.Value.ToString()).ToList();
        var ends = cycles.SelectMany(c => c.Records).GroupBy(r => $"{r.Entity} {r.End}").Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"Records by end: {string.Join(", ", ends)}; cycles stopped early: {(stops.Count == 0 ? "none" : string.Join(", ", stops))}.");
        foreach (var reason in cycles.SelectMany(c => c.Records).Where(r => r.Reason is not null).GroupBy(r => r.Reason).Take(5))
        {
            output.WriteLine($"  {reason.Count()} × {reason.Key}");
        }
    }

    private static string Codes(IEnumerable<(string Code, long Count)> codes)
    {
        var list = codes.Select(c => $"{c.Code} × {c.Count}").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
