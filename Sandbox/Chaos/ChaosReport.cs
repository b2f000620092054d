using System.Globalization;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>Prints a chaos run's figures and verdict: what was done, what failed around the worker, and how it ended.</summary>
internal static partial class ChaosReport
{
    private const int Shown = 10;

    public static void Write(TextWriter output, ChaosResult r)
    {
        var rest = Math.Max(1, r.MarketoCalls - r.MarketoIdentityCalls);
        output.WriteLine();
        output.WriteLine($"Chaos run: {r.Options}.");
        output.WriteLine(F($"Workload ({r.WorkloadTime.TotalSeconds:F0} s):"));
        foreach (var line in r.Tally?.Lines() ?? [])
        {
            output.WriteLine("  " + line);
        }

        var faults = ChaosFaults.MarketoCodes.Keys.Append("607")
            .Select(code => F($"{code} {r.MarketoCodes.GetValueOrDefault(code):N0}")).ToList();
        var injected = ChaosFaults.MarketoCodes.Keys.Sum(code => (long)r.MarketoCodes.GetValueOrDefault(code)) + r.MarketoDropped + r.MarketoAbandoned;
        output.WriteLine(F($"Storm ({r.StormTime.TotalSeconds:F0} s): Marketo {rest:N0} REST calls, {injected:N0} faulted ({Percent(injected, rest)}): ")
            + string.Join(", ", faults)
            + F($"; {r.MarketoDropped:N0} dropped after the write ({Percent(r.MarketoDropped, rest)}); {r.MarketoAbandoned:N0} timed out and carried out anyway ({Percent(r.MarketoAbandoned, rest)}); ")
            + F($"{r.MarketoIdentityCalls:N0} tokens issued (lifetime {ChaosFaults.StormTokenLifetime.TotalSeconds:F0} s), 601 {r.MarketoCodes.GetValueOrDefault("601"):N0}, 602 {r.MarketoCodes.GetValueOrDefault("602"):N0}; ")
            + F($"daily quota {ChaosFaults.FirstDayQuota} on the first quota day, which turned {ChaosFaults.QuotaDayTurnsAfter.TotalSeconds:F0} s in")
            + (r.QuotaCut ? F($" (cut to the calls made {ChaosFaults.QuotaCutBefore.TotalSeconds:F0} s before, as 607 had not happened).") : "."));
        output.WriteLine(F($"  Dataverse: {r.DataverseHttpRequests:N0} HTTP requests; 429 ")
            + string.Join(", ", r.DataverseThrottles.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => F($"{t.Key} {t.Value:N0}")))
            + F($"; 503 {r.DataverseUnavailable:N0}; {r.DataverseDropped:N0} dropped after the work."));
        output.WriteLine(F($"  Kills: {r.Kills} (SIGKILL; {r.HolderKills} of the drain lease holder); worker processes started {r.Starts}."));
        output.WriteLine(F($"  Marketo Sales Insight: {r.Moments:N0} interesting moments and {r.ScoreChanges:N0} score changes recorded."));
        foreach (var backfill in r.Backfills)
        {
            output.WriteLine($"  Backfill after sync was switched back on: {backfill}.");
        }

        output.WriteLine(r.Converged
            ? F($"Calm: every queue row settled and every MSI value written back {r.ConvergenceTime.TotalSeconds:F0} s after the storm.")
            : F($"Calm: NOT converged within {ChaosRun.ConvergenceDeadline.TotalMinutes:F0} minutes ({r.Unsettled:N0} queue rows unsettled, {r.MsiDifferences.Count:N0} MSI differences)."));

        output.WriteLine(F($"Marketo against the CRM state: {r.Lost.Count} lost, {r.Duplicated.Count} duplicated, {r.Dangling.Count} dangling, {r.OtherDifferences.Count} other differences."));
        foreach (var difference in r.Lost.Concat(r.Duplicated).Concat(r.Dangling).Concat(r.OtherDifferences).Take(Shown))
        {
            output.WriteLine("  " + difference);
        }

        var statuses = r.Queue.GroupBy(q => q.Status).OrderBy(g => g.Key).Select(g => F($"{g.Key} {g.Count():N0}"));
        output.WriteLine(F($"Queue: {r.Queue.Count:N0} rows: ") + string.Join(", ", statuses) + F($"; {r.Unsettled:N0} unsettled; {r.Unexplained:N0} dead letters without a reason; ")
            + F($"{r.CoveredRecords:N0} records whose latest change ended dead-lettered for its data, or not sent while sync was off (left out of the comparison); {r.GaveUp.Count:N0} given up after their attempts."));
        foreach (var reason in r.DeadLetters.GroupBy(d => (d.Entity, Reason: d.LastError ?? "(no reason)")).OrderByDescending(g => g.Count()).Take(Shown))
        {
            output.WriteLine(F($"  dead-lettered {reason.Count():N0} × {reason.Key.Entity}: {Cut(reason.Key.Reason)}"));
        }

        output.WriteLine(F($"MSI write-back: {r.SyncedPersons:N0} synced persons compared, {r.MsiDifferences.Count:N0} differ from Marketo."));
        foreach (var difference in r.MsiDifferences.Take(Shown))
        {
            output.WriteLine("  " + difference);
        }

        output.WriteLine(F($"Costs: Dataverse {r.DataverseRequests:N0} service-protection requests and {r.DataverseOperations:N0} entitlement operations (workers and backfill; the users' own writes not included); Marketo {r.MarketoCalls:N0} calls."));
        output.WriteLine(F($"Worker logs: {r.WorkerLogLines:N0} lines, {r.WorkerErrorLines:N0} at error level."));
        foreach (var error in r.WorkerErrors.Take(3))
        {
            output.WriteLine("  " + Cut(error));
        }

        if (r.MissingFaults.Count > 0)
        {
            output.WriteLine("Fault classes that never happened: " + string.Join(", ", r.MissingFaults) + ".");
        }

        output.WriteLine(r.Passed ? "PASS" : "FAIL");
    }

    private static string Percent(long part, long whole) => (part / (double)whole).ToString("P1", CultureInfo.InvariantCulture);

    private static string Cut(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every difference from the projection, every MSI difference and every dead letter, one a line.</summary>
    public static void WriteDetails(TextWriter output, ChaosResult r)
    {
        var byRecord = r.Queue.Where(q => q.RecordId is not null).ToLookup(q => q.RecordId!, StringComparer.OrdinalIgnoreCase);
        foreach (var difference in r.Lost.Concat(r.Duplicated).Concat(r.Dangling).Concat(r.OtherDifferences).Concat(r.MsiDifferences))
        {
            output.WriteLine(difference);
            var ids = Ids().Matches(difference).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var id in ids)
            {
                foreach (var row in byRecord[id])
                {
                    output.WriteLine($"    queue {row.Entity} {id} {row.Operation} {row.Status}: {row.LastError}");
                }
            }

            // A role's connections: the rows whose payload names both its opportunity and its contact.
            if (ids.Count >= 2)
            {
                foreach (var row in r.Queue.Where(q => q.Payload is { } payload && ids.All(id => payload.Contains(id, StringComparison.OrdinalIgnoreCase))))
                {
                    output.WriteLine($"    queue {row.Entity} {row.RecordId} {row.Operation} {row.Status}: {row.LastError} payload {row.Payload}");
                }
            }

            // A role's name: the renames that gave it or took it.
            if (RoleName().Match(difference) is { Success: true } role)
            {
                var quoted = System.Text.Json.JsonSerializer.Serialize(role.Groups[1].Value);
                foreach (var row in r.Queue.Where(q => q.Entity == Schema.DataverseSchema.ConnectionRole.EntityName && q.Payload?.Contains(quoted, StringComparison.Ordinal) == true))
                {
                    output.WriteLine($"    queue {row.Entity} {row.RecordId} {row.Operation} {row.Status}: {row.LastError} payload {row.Payload}");
                }
            }
        }

        foreach (var dead in r.DeadLetters)
        {
            output.WriteLine($"dead letter ({dead.Entity}): {dead.LastError}");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("opportunity role '([^']+)'")]
    private static partial System.Text.RegularExpressions.Regex RoleName();

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Ids();
}
