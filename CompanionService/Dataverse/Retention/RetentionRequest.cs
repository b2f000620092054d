using System.Globalization;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Dataverse.Retention;

/// <summary>
/// The Web API requests of the queue's retention job (dataverse.md §0.15): the look-up of the scheduled jobs by name,
/// and the BulkDelete that schedules one. The job deletes the Succeeded and Superseded rows of
/// <c>msi_syncqueueitem</c> whose <c>modifiedon</c> (when they ended) is more than the period ago, once a day.
/// </summary>
internal static class RetentionRequest
{
    /// <summary>The start of every retention job's name; the rest says its period.</summary>
    public const string NamePrefix = "MsiDynamics queue retention";

    /// <summary>Once a day (Microsoft's "Recurrence pattern in asynchronous job execution").</summary>
    public const string Daily = "FREQ=DAILY;INTERVAL=1;";

    private const string Jobs = "bulkdeleteoperations";
    private const string Name = "name";
    private const string AsyncOperationId = "asyncoperationid";

    /// <summary>The job name for a period of <paramref name="days"/>: a new period is a new job.</summary>
    public static string JobName(int days) => string.Create(CultureInfo.InvariantCulture, $"{NamePrefix} ({days} days)");

    /// <summary>
    /// <c>GET bulkdeleteoperations?$filter=startswith(name,'MsiDynamics queue retention') and isrecurring eq true and
    /// statecode ne 3</c>: every retention job still scheduled (a recurring job waits between runs; a cancelled one is
    /// Completed), with its system job's id.
    /// </summary>
    public static DataverseQuery ScheduledJobs() =>
        new DataverseQuery(Jobs)
            .Select(Name, ODataAnnotations.LookupValue(AsyncOperationId))
            .Where(ODataFilter.And(
                ODataFilter.StartsWith(Name, NamePrefix),
                ODataFilter.Eq("isrecurring", true),
                ODataFilter.Ne("statecode", 3)))
            .Take(50);

    /// <summary>The name of a row of <see cref="ScheduledJobs"/>, and its system job's id.</summary>
    public static (string? Name, Guid? JobId) Read(DataverseRow row) => (row.GetString(Name), row.GetLookup(AsyncOperationId));

    /// <summary>The body of <c>POST BulkDelete</c>: the query set, the name, no e-mail, daily from <paramref name="start"/>.</summary>
    public static JsonObject BulkDelete(int days, DateTimeOffset start) => new()
    {
        ["QuerySet"] = new JsonArray(new JsonObject
        {
            ["EntityName"] = Q.EntityName,
            ["ColumnSet"] = new JsonObject { ["AllColumns"] = false, ["Columns"] = new JsonArray() },
            ["Criteria"] = new JsonObject
            {
                ["FilterOperator"] = "And",
                ["Conditions"] = new JsonArray(
                    Condition(Q.Status, "In", (int)QueueStatus.Succeeded, (int)QueueStatus.Superseded),
                    Condition("modifiedon", "OlderThanXDays", days)),
            },
        }),
        ["JobName"] = JobName(days),
        ["SendEmailNotification"] = false,
        ["ToRecipients"] = new JsonArray(),
        ["CCRecipients"] = new JsonArray(),
        ["RecurrencePattern"] = Daily,
        ["StartDateTime"] = ODataLiteral.Date(start),
    };

    // A condition as the Web API writes a QueryExpression's: each value a {"Value","Type"} object.
    private static JsonObject Condition(string column, string op, params int[] values) => new()
    {
        ["AttributeName"] = column,
        ["Operator"] = op,
        ["Values"] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject
        {
            ["Value"] = v.ToString(CultureInfo.InvariantCulture),
            ["Type"] = "System.Int32",
        })]),
    };
}
