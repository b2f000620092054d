using System.Globalization;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>Where the drain's costs went, as the emulators saw them: Marketo records by endpoint, Dataverse requests by message, answers refused.</summary>
internal static class DrainDiagnostics
{
    public static void Print(DataverseTraffic dataverse, MarketoTraffic marketo, TextWriter output)
    {
        output.WriteLine($"Marketo records by endpoint: {string.Join(", ", marketo.RecordsByEndpoint.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value}"))}.");
        output.WriteLine($"Marketo: at most {marketo.MaxCallsInAnyWindow} calls in any 20 s, {marketo.PeakConcurrency} at once, {marketo.IdentityCalls} identity calls; "
            + $"errors: {Codes(marketo.CallsByErrorCode.Select(c => (c.Key, (long)c.Value)))}.");
        output.WriteLine($"Dataverse requests by message: {string.Join(", ", dataverse.RequestsByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}"))}; "
            + $"$batch {dataverse.BatchRequests} (inner {dataverse.InnerRequests}); throttled {dataverse.ThrottledRequests}; emulated execution time "
            + $"{dataverse.ExecutionTime.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} s; answers: "
            + $"{Codes(dataverse.ResponsesByStatus.Select(s => (s.Key.ToString(CultureInfo.InvariantCulture), s.Value)))}.");
    }

    private static string Codes(IEnumerable<(string Code, long Count)> codes)
    {
        var list = codes.Select(c => $"{c.Code} × {c.Count}").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
