using System.Globalization;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Service;

namespace MsiDynamics.Benchmarks.Latency;

/// <summary>
/// The figures of <c>drain-latency</c> against their aims: p95 latency ≤ 5 s while changes flow; after idling, at
/// most the idle interval plus one cycle (the back-off is capped at <c>Drain:IdleInterval</c>, so after any idle time,
/// an hour included, a change waits at most that long), and one cycle with the wake-up; per idle day that starts with
/// the claim, a renewal every 20 s (4,319 after the claim, dataverse.md §0.10) plus, for the holder, its empty looks
/// (1, 3 and 7 s after the claim, then every 15 s: 5,762).
/// </summary>
internal static class LatencyFigures
{
    private const double FlowingP95Aim = 5;
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly double RenewalsPerDay = Math.Ceiling(Day / new DrainLeaseOptions().RenewalInterval) - 1;
    private static readonly double EmptyLooksPerDay = EmptyLooks(new DrainPollingOptions());

    /// <summary>The holder's looks at an empty queue in the day after the claim's own: the back-off's, then one per idle interval.</summary>
    private static double EmptyLooks(DrainPollingOptions polling)
    {
        var (at, wait, looks) = (TimeSpan.Zero, polling.FirstIdleDelay, 0);
        while (at + wait < Day)
        {
            (at, looks) = (at + wait, looks + 1);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, polling.IdleInterval.Ticks));
        }

        return looks;
    }

    public static IReadOnlyList<LatencyFigure> Of(IReadOnlyList<LatencyModeResult> results, IdleDayCounts day)
    {
        var figures = new List<LatencyFigure>();
        foreach (var r in results)
        {
            figures.Add(new($"Latency while flowing, {r.Mode.Name}: p50 (s)", r.Percentile(50), "F2", null));
            figures.Add(new($"Latency while flowing, {r.Mode.Name}: p95 (s)", r.Percentile(95), "F2", FlowingP95Aim));
            figures.Add(new($"Latency while flowing, {r.Mode.Name}: max (s)", r.Percentile(100), "F2", null));
        }

        // One cycle: the wake-up's latency after idling (save, wake, one cycle, Marketo).
        var wake = results.SingleOrDefault(r => r.Mode.Wake);
        var cycle = wake?.AfterIdle?.TotalSeconds ?? double.NaN;
        foreach (var r in results)
        {
            var bound = r.Mode.Wake ? FlowingP95Aim : r.IdleInterval.TotalSeconds + cycle;
            figures.Add(new($"One change after idling at the cap, {r.Mode.Name} (s)", r.AfterIdle?.TotalSeconds ?? double.NaN, "F2", bound));
        }

        var polling = results.FirstOrDefault(r => !r.Mode.Wake);
        if (polling is not null)
        {
            figures.Add(new("After an idle hour, polling: at most cap + one cycle (s)", polling.IdleInterval.TotalSeconds + cycle, "F2", null));
        }

        figures.Add(new("Idle day, holder: Dataverse requests", day.PerDay(day.HolderRequests), "F0", RenewalsPerDay + EmptyLooksPerDay));
        figures.Add(new("Idle day, holder: Dataverse operations", day.PerDay(day.HolderOperations), "F0", RenewalsPerDay + EmptyLooksPerDay));
        figures.Add(new("Idle day, standby: Dataverse requests", day.PerDay(day.StandbyRequests), "F0", RenewalsPerDay));
        figures.Add(new("Idle day, standby: Dataverse operations", day.PerDay(day.StandbyOperations), "F0", RenewalsPerDay));
        return figures;
    }

    public static void Print(IReadOnlyList<LatencyModeResult> results, IdleDayCounts day, TextWriter output)
    {
        output.WriteLine(LatencyFigure.Header);
        foreach (var figure in Of(results, day))
        {
            output.WriteLine(figure.Row());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Idle day: {day.Simulated.TotalHours:F0} h simulated on a fake clock advanced timer by timer; the wake-up is DrainRunner.Wake() (what POST /wake raises)."));
    }
}
