namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// Marketo's daily quota today and what the due rows will take of it (marketo.md §5.1: the quota is the subscription's,
/// counted per day from 00:00 America/Chicago).
/// </summary>
/// <param name="QuotaDay">The quota's day (America/Chicago).</param>
/// <param name="ResetsAt">When the quota resets next (UTC).</param>
/// <param name="DailyQuota"><c>Marketo:DailyQuota</c>.</param>
/// <param name="UsedToday">Calls of every API user today as Marketo counts them; null when it could not be read.</param>
/// <param name="PushCallsPerDay">Calls a whole day leaves for pushes: the quota less <c>Marketo:DailyQuotaReserve</c>.</param>
/// <param name="BackfillCallsPerDay">Of those, what Backfill rows may use: less the <c>Drain:BackfillQuotaReserve</c> share.</param>
/// <param name="LeftToday">Push calls left today (0 when the usage could not be read).</param>
/// <param name="LiveCalls">Calls the due Live rows need.</param>
/// <param name="BackfillCalls">Calls the due Backfill rows need.</param>
/// <param name="DaysNeeded">Quota days until every due row could be sent, today counting as the first; null when never (Backfill with no share of the quota).</param>
/// <param name="AtLeast">Whether the due rows were counted as a lower bound (over the aggregate limit).</param>
public sealed record MarketoForecast(
    DateOnly QuotaDay,
    DateTimeOffset ResetsAt,
    long DailyQuota,
    long? UsedToday,
    long PushCallsPerDay,
    long BackfillCallsPerDay,
    long LeftToday,
    long LiveCalls,
    long BackfillCalls,
    int? DaysNeeded,
    bool AtLeast);
