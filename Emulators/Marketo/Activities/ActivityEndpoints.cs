using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The activity endpoints the incremental write-back reads (DEV activities.md, paging-tokens.md; Adobe KB
/// ka-29362): Get Activity Types; Get Paging Token <c>?sinceDatetime=</c> → <c>{requestId, success,
/// nextPageToken}</c>; Get Lead Activities <c>?nextPageToken&amp;activityTypeIds</c> (≤ 10, comma-separated or
/// repeated) <c>[&amp;leadIds]</c> (≤ 30). Each call walks at most 300 activities of all types from the token,
/// so a page may hold fewer matches than 300 — or none, without a <c>result</c> member — while
/// <c>moreResult</c> is true; <c>nextPageToken</c> is always returned. Tokens lapse 14 days after they were issued
/// (<see cref="ActivityPagingToken"/>).
/// </summary>
internal static class ActivityEndpoints
{
    /// <summary>The message of the 1003 that answers a lapsed paging token.</summary>
    public const string ExpiredMessage = "Expired nextPageToken";

    public static void Map(IEndpointRouteBuilder app)
    {
        MarketoRoutes.Map(app, "/rest/v1/activities/types.json", MarketoRoutes.Get(call => call.Ok(ActivityTypes.Describe())));
        MarketoRoutes.Map(app, "/rest/v1/activities/pagingtoken.json", MarketoRoutes.Get(PagingToken));
        MarketoRoutes.Map(app, "/rest/v1/activities.json", MarketoRoutes.Get(Activities));
    }

    private static MarketoResponse PagingToken(MarketoCall call)
    {
        var since = call.Request.Param("sinceDatetime");
        if (since is null)
        {
            return call.Blank("sinceDatetime");
        }

        // §5.2: 704 Invalid date format.
        return FieldValues.TryParseTimestamp(since, out var time)
            ? MarketoResponse.Json(call.Context.Envelope.SuccessWithoutResult(ActivityPagingToken.ForDate(time, call.Context.Time.GetUtcNow())))
            : call.Fail(MarketoErrors.InvalidDate, MarketoErrors.MessageFor(MarketoErrors.InvalidDate));
    }

    private static MarketoResponse Activities(MarketoCall call)
    {
        var token = call.Request.Param("nextPageToken");
        if (token is null)
        {
            return call.Blank("nextPageToken");
        }

        var types = Integers(call.Request.List("activityTypeIds"));
        var leads = Integers(call.Request.List("leadIds"));
        if (types is { Count: 0 })
        {
            return call.Blank("activityTypeIds");
        }

        if (types is null || leads is null || types.Count > MarketoLimits.ActivityTypeIds || leads.Count > MarketoLimits.ActivityLeadIds
            || Paging.ReadBatchSize(call) is not { } batchSize)
        {
            return call.Fail(MarketoErrors.InvalidData, "Invalid activityTypeIds, leadIds or batchSize");
        }

        lock (call.Store.Gate)
        {
            var read = ActivityPagingToken.Read(token);
            if (read is null || Cursor(call.Store, read) is not { } after)
            {
                return call.Fail(MarketoErrors.InvalidData, "Invalid nextPageToken");
            }

            // A token lapses 14 days after it was issued (an assumption, docs/writeback.md): answered as an unreadable
            // one, 1003, so a client must start again from a new date token.
            if (read.IsExpiredAt(call.Context.Time.GetUtcNow()))
            {
                return call.Fail(MarketoErrors.InvalidData, ExpiredMessage);
            }

            var scanned = call.Store.ActivityLog.Where(a => a.Id > after).Take(batchSize).ToList();
            var last = scanned.Count > 0 ? scanned[^1].Id : after;
            var matches = scanned.Where(a => types.Contains(a.ActivityTypeId) && (leads.Count == 0 || leads.Contains(a.LeadId)));
            var result = new JsonArray([.. matches.Select(a => (JsonNode)a.ToJson(call.Context.Options.DateTimeForm))]);
            var more = call.Store.ActivityLog.Count > 0 && call.Store.ActivityLog[^1].Id > last;
            var next = ActivityPagingToken.After(last, call.Context.Time.GetUtcNow());
            return result.Count == 0
                ? MarketoResponse.Json(call.Context.Envelope.SuccessWithoutResult(next, more))
                : call.Ok(result, next, more);
        }
    }

    /// <summary>The id after which to read: from a position token, or the last activity before a date token.</summary>
    private static long? Cursor(MarketoStore store, ActivityPagingToken token)
    {
        if (token.Kind == 'a')
        {
            return token.Value;
        }

        if (token.Value > DateTimeOffset.MaxValue.UtcTicks)
        {
            return null;
        }

        var since = new DateTimeOffset(token.Value, TimeSpan.Zero);
        return store.ActivityLog.LastOrDefault(a => a.ActivityDate < since)?.Id ?? 0;
    }

    private static List<int>? Integers(IReadOnlyList<string> values)
    {
        var numbers = new List<int>();
        foreach (var value in values)
        {
            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            numbers.Add(n);
        }

        return numbers;
    }
}
