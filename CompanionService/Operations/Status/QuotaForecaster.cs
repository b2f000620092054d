using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// How many Marketo calls the due rows need and how many quota days that takes — an estimate, by the drain's rules:
/// one push call per <c>Marketo:BatchSize</c> (300) records of each Marketo object type (lead and contact are both
/// Marketo leads), plus, for opportunity roles, one read of the contacts' Marketo lead ids per batch (architecture.md
/// §1). Retries, rejections and the calls of other integrations are not foreseen. Live rows may use every push call
/// left (<c>Marketo:DailyQuota</c> less <c>Marketo:DailyQuotaReserve</c> less what is used); Backfill rows only while
/// more than the <c>Drain:BackfillQuotaReserve</c> share of the quota is left (the drain pauses them otherwise).
/// </summary>
internal static class QuotaForecaster
{
    /// <summary>Longest forecast, in days: beyond it the answer is "not within ten years".</summary>
    public const int MaxDays = 3650;

    public static MarketoForecast Forecast(
        IReadOnlyList<DueRows> due, long? usedToday, long dailyQuota, long dailyQuotaReserve, double backfillShare, int batchSize, DateTimeOffset now)
    {
        var (day, resets) = QuotaDay.At(now);
        var push = Math.Max(0, dailyQuota - dailyQuotaReserve);
        var held = (long)Math.Ceiling((backfillShare * dailyQuota) - 1e-9); // 0.99 × 100 is 99, not 99.000…01
        var backfillPerDay = Math.Max(0, push - held);
        var leftToday = usedToday is { } used ? Math.Max(0, push - used) : 0;
        var live = CallsFor(due.Where(d => d.Lane != nameof(QueueLane.Backfill)), batchSize);
        var backfill = CallsFor(due.Where(d => d.Lane == nameof(QueueLane.Backfill)), batchSize);
        return new MarketoForecast(
            day, resets, dailyQuota, usedToday, push, backfillPerDay, leftToday, live, backfill,
            Days(live, backfill, leftToday, push, held), due.Any(d => d.AtLeast));
    }

    /// <summary>Push calls for <paramref name="rows"/>, plus the lead-id reads of opportunity roles.</summary>
    public static long CallsFor(IEnumerable<DueRows> rows, int batchSize)
    {
        var perType = rows.GroupBy(r => MarketoType(r.Entity)).Select(g => (Type: g.Key, Count: g.Sum(r => r.Count))).ToList();
        var pushes = perType.Sum(t => Batches(t.Count, batchSize));
        var roleReads = perType.Where(t => t.Type == DataverseSchema.Connection.EntityName).Sum(t => Batches(t.Count, batchSize));
        return pushes + roleReads;
    }

    private static long Batches(long records, int batchSize) => (records + Math.Max(1, batchSize) - 1) / Math.Max(1, batchSize);

    private static string MarketoType(string entity) =>
        entity == DataverseSchema.Contact.EntityName ? DataverseSchema.Lead.EntityName : entity;

    /// <summary>Days, today the first, until both kinds of calls fit; Live first each day, Backfill in what exceeds the held share.</summary>
    private static int? Days(long live, long backfill, long leftToday, long push, long held)
    {
        for (var d = 1; d <= MaxDays; d++)
        {
            var capacity = d == 1 ? leftToday : push;
            var sentLive = Math.Min(live, capacity);
            live -= sentLive;
            capacity -= sentLive;
            backfill -= Math.Min(backfill, Math.Max(0, capacity - held));
            if (live == 0 && backfill == 0)
            {
                return d;
            }

            if (d > 1 && push <= held && live == 0)
            {
                return null; // Backfill never gets a share
            }
        }

        return null;
    }
}
