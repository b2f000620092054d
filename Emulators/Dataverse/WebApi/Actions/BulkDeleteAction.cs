using System.Globalization;
using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Rows;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// <c>POST BulkDelete</c> with <c>{"QuerySet":[QueryExpression…],"JobName":"…","SendEmailNotification":false,
/// "ToRecipients":[],"CCRecipients":[],"RecurrencePattern":"FREQ=DAILY;INTERVAL=1;","StartDateTime":"…"}</c>
/// (dataverse.md §0.13, §0.15): the platform schedules a system job and answers <c>{"JobId":"…"}</c> at once. A job whose
/// start has come (no <c>StartDateTime</c> means now) runs before the emulator answers; a later start waits for
/// <see cref="DataverseEmulator.RunDueSystemJobs"/>. A recurring job then waits for its next run
/// (<see cref="BulkDeleteJobs"/>).
/// </summary>
internal static class BulkDeleteAction
{
    public static ApiResponse BulkDelete(ApiCall call)
    {
        var body = CreateHandler.Body(call);
        var jobName = body["JobName"]?.GetValue<string>() ?? throw ApiException.BadRequest("BulkDelete needs the parameter 'JobName'.");
        var querySet = body["QuerySet"] as JsonArray is { Count: > 0 } set
            ? set
            : throw ApiException.BadRequest("BulkDelete needs the parameter 'QuerySet': at least one QueryExpression.");
        var recurrence = Recurrence.Parse(body["RecurrencePattern"]?.GetValue<string>());
        var now = call.Context.Time.GetUtcNow().UtcDateTime;
        var start = StartOf(body["StartDateTime"]) ?? now;

        // Every query is read before anything runs, so a malformed one refuses the whole request.
        var reader = new QuerySetReader(call.Sets, now);
        _ = querySet.Select(reader.Read).ToList();

        var ran = start <= now ? BulkDeleteRun.Run(call.Service, call.Sets, querySet, now) : ((int, int)?)null;
        var jobId = BulkDeleteJobs.Record(call.Context.Organization, new BulkDeleteJob(jobName, querySet, call.Request.UserId, start, recurrence), now, ran);
        return ApiResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = call.ContextUrl("Microsoft.Dynamics.CRM.BulkDeleteResponse"),
            ["JobId"] = jobId.ToString("D"),
        });
    }

    private static DateTime? StartOf(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            ? start.UtcDateTime
            : throw ApiException.BadRequest("BulkDelete's 'StartDateTime' must be a date and time (ISO 8601).");
    }
}
