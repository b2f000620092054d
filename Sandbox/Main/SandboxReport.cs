using System.Globalization;
using System.Text.RegularExpressions;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The main job's report: per Dynamics table, the queue rows the plug-ins captured and how they ended (pushed, superseded,
/// dead-lettered, left due) with the reasons an admin reads in <c>msi_lasterror</c>, the records the drain pushed; then the
/// drain's cycles and stops, Marketo calls, both Dataverse costs of the worker (dataverse.md §0.12), the time taken, and
/// the verdict of the comparison with every difference.
/// </summary>
internal static class SandboxReport
{
    private static readonly string[] PushOrder =
    [
        DataverseSchema.SystemUser.EntityName, DataverseSchema.Account.EntityName, DataverseSchema.Lead.EntityName,
        DataverseSchema.Contact.EntityName, DataverseSchema.Opportunity.EntityName, DataverseSchema.Connection.EntityName,
        DataverseSchema.ConnectionRole.EntityName,
    ];

    /// <summary>The longest reason printed; <c>msi_lasterror</c> holds up to 4,000 characters.</summary>
    private const int ReasonLength = 160;

    /// <summary>A record's or row's id inside a reason: replaced by "&lt;id&gt;" so that one reason given for many records is one line.</summary>
    private static readonly Regex Id = new("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static void Write(TextWriter output, SandboxRun run)
    {
        output.WriteLine(Line("table", "captured", "pushed", "superseded", "dead-lettered", "left due", "records pushed"));
        var tables = run.Rows.Select(r => r.Entity).Distinct(StringComparer.Ordinal)
            .OrderBy(t => Array.IndexOf(PushOrder, t) is var i and >= 0 ? i : PushOrder.Length).ThenBy(t => t, StringComparer.Ordinal);
        var records = run.Cycles.SelectMany(c => c.Records).ToList();
        foreach (var table in tables)
        {
            var rows = run.Rows.Where(r => r.Entity == table).ToList();
            output.WriteLine(Line(table, Count(rows.Count), Count(rows, QueueStatus.Succeeded), Count(rows, QueueStatus.Superseded),
                Count(rows, QueueStatus.DeadLettered), Count(rows.Count(r => !r.IsSettled)),
                Count(records.Count(r => r.Entity == table && r.End == QueueStatus.Succeeded))));
        }

        output.WriteLine(Line("total", Count(run.Rows.Count), Count(run.Rows, QueueStatus.Succeeded), Count(run.Rows, QueueStatus.Superseded),
            Count(run.Rows, QueueStatus.DeadLettered), Count(run.LeftDue), Count(records.Count(r => r.End == QueueStatus.Succeeded))));
        Reasons(output, run.Rows);
        output.WriteLine();
        Costs(output, run);
        output.WriteLine();
        if (run.Msi is { } msi)
        {
            Msi(output, msi);
            output.WriteLine();
        }

        Verdict(output, run);
    }

    private static void Reasons(TextWriter output, IReadOnlyList<QueueRowEnd> rows)
    {
        var reasons = rows.Where(r => r.Status is QueueStatus.Superseded or QueueStatus.DeadLettered or QueueStatus.RetryScheduled)
            .GroupBy(r => (r.Entity, r.Status, Reason: Shortened(r.LastError)))
            .OrderBy(g => Array.IndexOf(PushOrder, g.Key.Entity)).ThenBy(g => g.Key.Status).ThenBy(g => g.Key.Reason, StringComparer.Ordinal);
        foreach (var group in reasons)
        {
            output.WriteLine($"  {group.Key.Entity} {group.Key.Status} ×{Count(group.Count())}: {group.Key.Reason}");
        }
    }

    private static void Costs(TextWriter output, SandboxRun run)
    {
        var stops = run.Cycles.Where(c => c.Stopped is not null).Select(c => c.Stopped.ToString()).ToList();
        var captured = Math.Max(1, run.Rows.Count);
        var ending = stops.Count == 0 ? "no early stop." : $"stopped early: {string.Join(", ", stops)}.";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Drain: {run.Cycles.Count} cycles, {run.Cycles.Sum(c => c.RowsRead)} due rows read, {ending}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Marketo: {run.MarketoCalls} calls ({run.Cycles.Sum(c => c.MarketoCalls)} counted by the drain)."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Dataverse (the worker's): {run.DataverseRequests} service protection requests ({(double)run.DataverseRequests / captured:F2} per captured row), {run.DataverseOperations} entitlement operations ({(double)run.DataverseOperations / captured:F2} per captured row)."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Time in the drains: {run.Elapsed.TotalSeconds:F2} s."));
    }

    private static void Msi(TextWriter output, SandboxMsi msi)
    {
        output.WriteLine($"Write-back, first run: {msi.Baseline}.");
        output.WriteLine($"Marketo Sales Insight records: {string.Join("; ", msi.Moments)}.");
        output.WriteLine($"Write-back, incremental: {msi.Incremental}.");
        foreach (var failure in msi.Baseline.Failures.Concat(msi.Incremental.Failures))
        {
            output.WriteLine("  - failed: " + failure);
        }

        output.WriteLine(msi.Mismatches.Count == 0
            ? "Every person Marketo Sales Insight touched shows Marketo's values in Dynamics."
            : $"{Count(msi.Mismatches.Count)} MSI values differ between Marketo and Dynamics:");
        foreach (var mismatch in msi.Mismatches)
        {
            output.WriteLine("  - " + mismatch);
        }

        output.WriteLine("verify --all:");
        using var verify = new StringWriter(CultureInfo.InvariantCulture);
        CompanionService.Operations.Verify.VerifyText.Write(verify, msi.Verify);
        foreach (var line in verify.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            output.WriteLine("  " + line);
        }
    }

    private static void Verdict(TextWriter output, SandboxRun run)
    {
        if (run.Differences.Count == 0)
        {
            output.WriteLine("Marketo equals the projection of the CRM state: every object and link matches.");
        }
        else
        {
            output.WriteLine($"Marketo differs from the projection of the CRM state in {Count(run.Differences.Count)} ways:");
            foreach (var difference in run.Differences)
            {
                output.WriteLine("  - " + difference);
            }
        }

        if (run.LeftDue > 0)
        {
            output.WriteLine($"{Count(run.LeftDue)} queue rows are left due.");
        }

        output.WriteLine(run.Passed ? "PASS" : "FAIL");
    }

    private static string Line(string table, string captured, string pushed, string superseded, string dead, string due, string records) =>
        $"  {table,-16}{captured,9}{pushed,8}{superseded,12}{dead,15}{due,10}{records,16}";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Count(IEnumerable<QueueRowEnd> rows, QueueStatus status) => Count(rows.Count(r => r.Status == status));

    private static string Shortened(string? reason) =>
        reason is null ? "(no reason given)"
        : Id.Replace(reason.ReplaceLineEndings(" "), "<id>") is var line && line.Length > ReasonLength ? line[..ReasonLength] + "…" : line;
}
