using System.Globalization;
using System.Text;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary><c>status</c> for people: short plain-text tables, numbers with thousands separators, times in UTC.</summary>
internal static class StatusText
{
    public static string Write(StatusReport r)
    {
        var text = new StringBuilder();
        Line(text, $"MSI sync status at {Time(r.At)}");
        Line(text);
        Line(text, $"{"Queue (msi_syncqueueitem)",-30} {"Live",9} {"Backfill",12}");
        foreach (var status in r.Depth.Select(c => c.Status).Distinct())
        {
            Line(text, $"  {status,-28} {Cell(r, status, "Live"),9} {Cell(r, status, "Backfill"),12}");
        }

        Line(text, r.OldestDueAge is { } age
            ? $"  Oldest due change: waiting {Age(age)} (created {Time(r.OldestDueCreatedOn!.Value)})"
            : "  Oldest due change: none due");
        Line(text);
        Line(text, "Drain lease");
        Line(text, r.Lease.Holder is { } h
            ? $"  Holder:   {h.Name} (until {Time(h.Until)})"
            : $"  Holder:   none{(r.Lease.LastHolder is { } last ? $" (last: {last.Name}, lapsed or released {Time(last.Until)})" : string.Empty)}");
        Line(text, r.Lease.Standbys.Count == 0
            ? "  Standbys: none recorded"
            : "  Standbys: " + string.Join(", ", r.Lease.Standbys.Select(s => s.Name)));
        Line(text);
        WriteDeadLetters(text, r.DeadLetters);
        WriteMarketo(text, r.Marketo);
        var d = r.Dataverse;
        Line(text, $"Dataverse costs today ({d.Day:yyyy-MM-dd} UTC): {N(d.Requests)} requests (service protection), {N(d.Operations)} operations (entitlement)");
        if (d.Workers.Count == 0)
        {
            Line(text, "  No worker has recorded its costs today (none running, or none has written its lease or presence row since midnight UTC)");
        }

        foreach (var w in d.Workers)
        {
            Line(text, $"  {w.Name} ({w.Role}): {N(w.Requests)} requests, {N(w.Operations)} operations");
        }

        Line(text, $"  This status command: {N(d.CommandRequests)} requests, {N(d.CommandOperations)} operations");
        foreach (var problem in r.Problems)
        {
            Line(text, "PROBLEM: " + problem);
        }

        return text.ToString();
    }

    private static void WriteDeadLetters(StringBuilder text, DeadLetterSummary dead)
    {
        Line(text, dead.Groups.Count == 0 ? "Dead letters: none" : $"Dead letters by reason{(dead.Truncated ? $" ({N(dead.Read)} counted, not all: see the queue depth for the total)" : string.Empty)}");
        foreach (var group in dead.Groups)
        {
            Line(text, $"  {N(group.Count),7}  {group.Reason}");
            foreach (var e in group.Examples)
            {
                Line(text, $"           e.g. {e.Entity} {e.RecordId} (queue row {e.QueueRowId:D})");
            }
        }

        Line(text);
    }

    private static void WriteMarketo(StringBuilder text, MarketoForecast m)
    {
        Line(text, $"Marketo quota ({m.QuotaDay:yyyy-MM-dd}, resets {Time(m.ResetsAt)})");
        Line(text, $"  Used today: {(m.UsedToday is { } used ? N(used) : "unknown")} of {N(m.DailyQuota)}; {N(m.LeftToday)} push calls left");
        Line(text, $"  Due rows need about {N(m.LiveCalls)} calls (Live) + {N(m.BackfillCalls)} calls (Backfill){(m.AtLeast ? " or more" : string.Empty)}");
        Line(text, m.DaysNeeded switch
        {
            null => "  At today's quota: Backfill cannot finish (Drain:BackfillQuotaReserve leaves it no share)",
            1 => "  At today's quota: all due rows can go today",
            { } days => $"  At today's quota: {days} days",
        });
        Line(text);
    }

    private static string Cell(StatusReport r, string status, string lane) =>
        r.Depth.FirstOrDefault(c => c.Status == status && c.Lane == lane)?.Text ?? "0";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Age(TimeSpan age) =>
        age.TotalDays >= 1 ? $"{(int)age.TotalDays} d {age.Hours} h" : age.TotalHours >= 1 ? $"{(int)age.TotalHours} h {age.Minutes} min" : $"{(int)age.TotalMinutes} min {age.Seconds} s";

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
