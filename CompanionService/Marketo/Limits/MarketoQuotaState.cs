namespace MsiDynamics.CompanionService.Marketo.Limits;

/// <summary>
/// The client's count of today's Marketo calls against the daily quota. The count is this process's
/// own (Marketo's quota is shared by every integration of the subscription), which is why a reserve
/// is kept: see <see cref="MarketoOptions.DailyQuotaReserve"/>.
/// </summary>
/// <param name="Used">Calls counted since the last reset (REST calls; identity calls are free).</param>
/// <param name="DailyQuota">The configured quota (<see cref="MarketoOptions.DailyQuota"/>).</param>
/// <param name="Reserve">Calls kept for reads once pushes stop (<see cref="MarketoOptions.DailyQuotaReserve"/>).</param>
/// <param name="ResetsAt">The next 00:00 America/Chicago, when Marketo resets the quota.</param>
/// <param name="ExhaustedByMarketo">True when Marketo itself answered 607 today.</param>
public sealed record MarketoQuotaState(
    long Used, long DailyQuota, long Reserve, DateTimeOffset ResetsAt, bool ExhaustedByMarketo)
{
    /// <summary>Calls pushes may still make today.</summary>
    public long RemainingForPushes => Math.Max(0, DailyQuota - Reserve - Used);

    /// <summary>Calls reads may still make today.</summary>
    public long RemainingForReads => Math.Max(0, DailyQuota - Used);

    public override string ToString() =>
        $"{Used}/{DailyQuota} calls used today (reserve {Reserve}), resets at {ResetsAt:O}"
        + (ExhaustedByMarketo ? "; Marketo answered 607" : string.Empty);
}
