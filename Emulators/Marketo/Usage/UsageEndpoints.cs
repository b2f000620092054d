using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The usage endpoints (DEV usage.md; marketo.md §3.9): <c>GET /rest/v1/stats/usage.json</c>, today's calls (the
/// day in America/Chicago, the quota's day) as one <c>{date, total, users:[{userId, count}]}</c>, and
/// <c>GET /rest/v1/stats/usage/last7days.json</c>, one such entry per day. They count the calls the emulator really
/// answered, themselves included. Which 7 days and in what order is UNCERTAIN: the emulator answers the 7 days
/// ending today, oldest first.
/// </summary>
internal static class UsageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        MarketoRoutes.Map(app, "/rest/v1/stats/usage.json", MarketoRoutes.Get(call => call.Ok(new JsonArray(call.Context.Usage.Day(Today(call))))));
        MarketoRoutes.Map(app, "/rest/v1/stats/usage/last7days.json", MarketoRoutes.Get(LastSevenDays));
    }

    private static MarketoResponse LastSevenDays(MarketoCall call)
    {
        var today = Today(call);
        var days = Enumerable.Range(0, DailyUsage.Days).Select(back => today.AddDays(back - (DailyUsage.Days - 1)));
        return call.Ok(new JsonArray([.. days.Select(day => (JsonNode)call.Context.Usage.Day(day))]));
    }

    private static DateOnly Today(MarketoCall call) => DailyQuota.DayOf(call.Now);
}
