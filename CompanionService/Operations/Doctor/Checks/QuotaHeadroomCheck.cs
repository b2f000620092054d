using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Usage;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// Quota headroom: Marketo's count of today's calls (<c>GET /rest/v1/stats/usage.json</c>, one call, marketo.md §3.9)
/// against Marketo:DailyQuota. A warning when what is left is below the drain's reserves: the backfill pauses under
/// Drain:BackfillQuotaReserve of the quota, every push stops at Marketo:DailyQuotaReserve (§5.1, D9).
/// </summary>
internal sealed class QuotaHeadroomCheck(UsageClient usage, IOptions<MarketoOptions> marketo, IOptions<DrainOptions> drain) : IDoctorCheck
{
    public const string Name = "Marketo quota headroom";

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (!state.MarketoSignedIn)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsMarketo);
        }

        var page = await usage.GetTodayAsync(cancellationToken).ConfigureAwait(false);
        if (!page.Call.IsSuccess)
        {
            return DoctorFinding.Warning(Name, "today's API usage could not be read.", MarketoAdvice.For(page.Call, "the usage statistics"));
        }

        var quota = marketo.Value.DailyQuota;
        var used = page.Items.Sum(d => d.Total);
        var left = quota - used;
        var backfillReserve = (long)Math.Ceiling(drain.Value.BackfillQuotaReserve * quota);
        var seen = $"{used:N0} of Marketo:DailyQuota {quota:N0} calls used today, {Math.Max(0, left):N0} left";
        var fix = "Wait for the reset at 00:00 America/Chicago, find which API user spends the quota (Admin > Integration > Web Services > "
            + "API Call Information), or raise Marketo:DailyQuota if the subscription allows more.";
        if (left <= marketo.Value.DailyQuotaReserve)
        {
            return DoctorFinding.Warning(Name, $"{seen}: at or below Marketo:DailyQuotaReserve ({marketo.Value.DailyQuotaReserve:N0}), so pushes stop until the reset.", fix);
        }

        return left < backfillReserve
            ? DoctorFinding.Warning(Name, $"{seen}: below the backfill reserve ({backfillReserve:N0}, Drain:BackfillQuotaReserve), so only live changes are sent today.", fix)
            : DoctorFinding.Ok(Name, seen + ".");
    }
}
