using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Usage;
using MsiDynamics.CompanionService.Operations.Status;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// How long the drain will take to send a table's backfill to Marketo at today's quota: the rows' calls
/// (<see cref="QuotaForecaster"/>) against what Backfill may use — today what is left above <c>Marketo:DailyQuotaReserve</c>
/// and the <c>Drain:BackfillQuotaReserve</c> share, then that much each day. Marketo's usage today is read once per
/// command (one call, <c>stats/usage</c>); rows already waiting in the queue are not counted in.
/// </summary>
internal sealed class BackfillForecast(UsageClient usage, IOptions<MarketoOptions> marketo, IOptions<DrainOptions> drain, TimeProvider time)
{
    private long? _used;
    private bool _read;

    public async Task<string> ForAsync(string table, long? rows, CancellationToken cancellationToken)
    {
        if (rows is not { } count)
        {
            return "at today's quota: unknown (the rows could not be counted)";
        }

        if (!_read)
        {
            var page = await usage.GetTodayAsync(cancellationToken).ConfigureAwait(false);
            (_used, _read) = (page.Call.IsSuccess ? page.Items.Sum(d => d.Total) : null, true);
        }

        var m = marketo.Value;
        var forecast = QuotaForecaster.Forecast(
            [new DueRows(table, nameof(Schema.QueueLane.Backfill), count, false)], _used ?? 0, m.DailyQuota, m.DailyQuotaReserve,
            drain.Value.BackfillQuotaReserve, m.BatchSize, time.GetUtcNow());
        var days = forecast.DaysNeeded switch
        {
            null => "never (Drain:BackfillQuotaReserve leaves Backfill no share of Marketo:DailyQuota)",
            1 => "1 day (today)",
            { } n => $"{n} days",
        };
        return $"about {forecast.BackfillCalls:N0} Marketo calls; at today's quota: {days}{(_used is null ? " (today's usage unknown: counted as 0)" : string.Empty)}";
    }
}
