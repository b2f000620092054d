using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Usage;

/// <summary>
/// Marketo's own count of the subscription's REST calls (DEV usage.md; marketo.md §3.9), for the quota forecast:
/// the client's <see cref="Limits.DailyQuotaCounter"/> sees only its own calls, while the quota is shared by every
/// integration of the subscription. Each read is itself a call against the quota.
/// </summary>
public sealed class UsageClient(MarketoTransport transport)
{
    /// <summary>
    /// <c>GET /rest/v1/stats/usage.json</c>: today's calls, in total and per API user. The page holds one day
    /// (none when Marketo answered an empty result); a day that cannot be read is named in
    /// <see cref="MarketoPage{T}.Unreadable"/>.
    /// </summary>
    public async Task<MarketoPage<MarketoDailyUsage>> GetTodayAsync(CancellationToken cancellationToken = default)
    {
        var response = await transport.SendAsync(MarketoRequest.Get(MarketoSchema.Usage, "stats.usage"), cancellationToken).ConfigureAwait(false);
        return response.Page<MarketoDailyUsage>();
    }

    /// <summary><c>GET /rest/v1/stats/usage/last7days.json</c>: one entry per day of the last seven.</summary>
    public async Task<MarketoPage<MarketoDailyUsage>> GetLastSevenDaysAsync(CancellationToken cancellationToken = default)
    {
        var response = await transport.SendAsync(MarketoRequest.Get(MarketoSchema.UsageLastSevenDays, "stats.usage.last7days"), cancellationToken).ConfigureAwait(false);
        return response.Page<MarketoDailyUsage>();
    }
}
