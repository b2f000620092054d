using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>
/// Every finding of one <c>doctor</c> run, in order, with the exit code: 0 when none failed (warnings allowed), 1 when
/// one failed or could not run. Written as text for a person, or as JSON for a pipeline (<c>--json</c>).
/// </summary>
public sealed class DoctorReport(IReadOnlyList<DoctorFinding> findings)
{
    /// <summary>Exit code when every check passed or only warned.</summary>
    public const int Ready = 0;

    /// <summary>Exit code when a check failed or was skipped.</summary>
    public const int NotReady = 1;

    // Readable as written: an apostrophe or '>' in a fix stays as it is (the output is not embedded in HTML).
    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The findings, in the order the checks ran.</summary>
    public IReadOnlyList<DoctorFinding> Findings { get; } = findings;

    /// <summary>True when no check failed or was skipped.</summary>
    public bool IsReady => Findings.All(f => f.Status is DoctorStatus.Ok or DoctorStatus.Warning);

    /// <summary><see cref="Ready"/> or <see cref="NotReady"/>.</summary>
    public int ExitCode => IsReady ? Ready : NotReady;

    /// <summary>One block per check: "[ok] Name: finding", then "      fix: …" when there is something to do; a summary last.</summary>
    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var finding in Findings)
        {
            output.WriteLine($"[{Label(finding.Status)}] {finding.Check}: {finding.Finding}");
            if (finding.Fix is { Length: > 0 } fix)
            {
                output.WriteLine($"      fix: {fix}");
            }
        }

        var failed = Findings.Count(f => f.Status is DoctorStatus.Failed or DoctorStatus.Skipped);
        var warned = Findings.Count(f => f.Status == DoctorStatus.Warning);
        output.WriteLine(failed == 0
            ? $"Ready: {Findings.Count} checks, {warned} warning(s)."
            : $"Not ready: {failed} of {Findings.Count} checks failed or could not run, {warned} warning(s).");
    }

    /// <summary><c>{"ready":…,"checks":[{"check","status","finding","fix"}]}</c>; status in lower case.</summary>
    public string ToJson() => new JsonObject
    {
        ["ready"] = IsReady,
        ["checks"] = new JsonArray([.. Findings.Select(f => (JsonNode)new JsonObject
        {
            ["check"] = f.Check,
            ["status"] = Label(f.Status),
            ["finding"] = f.Finding,
            ["fix"] = f.Fix,
        })]),
    }.ToJsonString(Written);

    private static string Label(DoctorStatus status) => status switch
    {
        DoctorStatus.Ok => "ok",
        DoctorStatus.Warning => "warning",
        DoctorStatus.Failed => "failed",
        _ => "skipped",
    };
}
