using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// Times every HTTP request the worker sends (the HttpClient's own activities, nothing in the worker changed), by
/// service and request shape, e.g. "Dataverse PATCH msi_syncqueueitems/UpdateMultiple" or "Marketo POST leads.json":
/// how many, and how long they took, to tell which stage of a cycle costs the time.
/// </summary>
internal sealed partial class HttpStageProfile : IDisposable
{
    private readonly ConcurrentDictionary<string, (long Count, long Ticks)> _stages = new(StringComparer.Ordinal);
    private readonly ActivityListener _listener;
    private readonly int _dataversePort;

    public HttpStageProfile(Uri dataverse)
    {
        _dataversePort = dataverse.Port;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Total time of the requests so far, by service ("Dataverse", "Marketo").</summary>
    public TimeSpan TimeOf(string service) =>
        TimeSpan.FromTicks(_stages.Where(s => s.Key.StartsWith(service, StringComparison.Ordinal)).Sum(s => s.Value.Ticks));

    public void Print(TextWriter output)
    {
        output.WriteLine("HTTP requests the worker sent, by shape (count, total time, mean):");
        foreach (var (stage, (count, ticks)) in _stages.OrderByDescending(s => s.Value.Ticks))
        {
            var total = TimeSpan.FromTicks(ticks);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-62} {count,6} {total.TotalSeconds,8:F1} s {total.TotalMilliseconds / count,8:F0} ms"));
        }
    }

    private void Stopped(Activity activity)
    {
        if (activity.GetTagItem("url.full") is not string url || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return;
        }

        var service = uri.Port == _dataversePort ? "Dataverse" : "Marketo";
        var shape = $"{service} {activity.GetTagItem("http.request.method")} {Shape(uri.AbsolutePath)}";
        _stages.AddOrUpdate(shape, (1, activity.Duration.Ticks), (_, s) => (s.Count + 1, s.Ticks + activity.Duration.Ticks));
    }

    /// <summary>The path without its version prefix, ids and keys: <c>/api/data/v9.2/accounts(…)</c> → <c>accounts(…)</c>.</summary>
    private static string Shape(string path) => Ids().Replace(Prefix().Replace(Uri.UnescapeDataString(path), string.Empty), "(…)");

    [GeneratedRegex(@"^/(api/data/v[0-9.]+|rest/v1|rest/v2|identity/oauth)/")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Ids();

    public void Dispose() => _listener.Dispose();
}
