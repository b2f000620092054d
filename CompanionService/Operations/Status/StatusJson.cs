using System.Text.Json;
using System.Text.Json.Serialization;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// <c>status --json</c>: one JSON object, camelCase, times in ISO 8601 UTC, durations in seconds, with a
/// <c>version</c> (1) that changes only when a member is removed or changes meaning (members may be added). The shape
/// is documented in docs/operations.md.
/// </summary>
internal static class StatusJson
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
    };

    public static string Write(StatusReport report)
    {
        var document = new
        {
            version = Version,
            at = report.At,
            queue = new
            {
                depth = report.Depth.Select(c => new { status = c.Status, lane = c.Lane, count = c.Count, atLeast = c.AtLeast }),
                oldestDue = report.OldestDueCreatedOn is { } created
                    ? new { createdOn = created, ageSeconds = (long)Math.Floor(report.OldestDueAge!.Value.TotalSeconds) }
                    : null,
                due = report.Due.Select(d => new { entity = d.Entity, lane = d.Lane, count = d.Count, atLeast = d.AtLeast }),
            },
            deadLetters = new
            {
                read = report.DeadLetters.Read,
                truncated = report.DeadLetters.Truncated,
                groups = report.DeadLetters.Groups.Select(g => new
                {
                    reason = g.Reason,
                    count = g.Count,
                    examples = g.Examples.Select(e => new { queueRowId = e.QueueRowId, entity = e.Entity, recordId = e.RecordId, createdOn = e.CreatedOn, lastError = e.LastError }),
                }),
            },
            lease = new
            {
                holder = Worker(report.Lease.Holder),
                lastHolder = Worker(report.Lease.LastHolder),
                standbys = report.Lease.Standbys.Select(Worker),
            },
            marketo = report.Marketo,
            dataverse = report.Dataverse,
            problems = report.Problems,
        };
        return JsonSerializer.Serialize(document, Options);
    }

    private static object? Worker(WorkerPresence? worker) => worker is null ? null : new { name = worker.Name, until = worker.Until };
}
