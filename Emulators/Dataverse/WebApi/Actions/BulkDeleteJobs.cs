using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;
using static MsiDynamics.Emulators.Dataverse.WebApi.Metadata.SystemJobs;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// The system-job rows of a bulk delete (dataverse.md §0.15) and the emulator's stand-in for the asynchronous service
/// that runs them. A job is an <c>asyncoperation</c> (operationtype 13; its query set in <c>data</c>, its rule in
/// <c>recurrencepattern</c> and <c>recurrencestarttime</c>, its next run in <c>postponeuntil</c>) and a
/// <c>bulkdeleteoperation</c> of the same name (<c>isrecurring</c>, <c>nextrun</c>, the counts of its runs). A job with a
/// run ahead waits: statecode 1 Suspended, statuscode 10 Waiting; a job with none left is Completed (3) with 30
/// Succeeded or 31 Failed (a row it could not delete).
/// </summary>
internal static class BulkDeleteJobs
{
    /// <summary>Records <paramref name="job"/> after its first run (<paramref name="ran"/>; null when its start is ahead); returns the JobId.</summary>
    public static Guid Record(InMemoryOrganization organization, BulkDeleteJob job, DateTime now, (int Succeeded, int Failed)? ran)
    {
        var next = ran is null ? job.Start : job.Recurrence?.NextAfter(job.Start, now);
        var (succeeded, failed) = ran ?? (0, 0);
        var jobId = organization.Seed(State(new Entity(AsyncOperation)
        {
            [Name] = job.Name,
            [OperationType] = new OptionSetValue(BulkDeleteType),
            [Data] = job.QuerySet.ToJsonString(),
            [RecurrencePattern] = job.Recurrence?.ToString(),
            [RecurrenceStartTime] = job.Recurrence is null ? null : job.Start,
            [Owner] = new EntityReference(DataverseSchema.SystemUser.EntityName, job.UserId),
        }, next, failed, now));
        organization.Seed(State(new Entity(BulkDeleteOperation)
        {
            [Name] = job.Name,
            [AsyncOperationId] = new EntityReference(AsyncOperation, jobId),
            [IsRecurring] = job.Recurrence is not null,
            [SuccessCount] = succeeded,
            [FailureCount] = failed,
        }, next, failed, now));
        return jobId;
    }

    /// <summary>
    /// Runs every waiting bulk delete whose next run has come on the emulator's clock, as the user who submitted it,
    /// between requests; a recurring job then waits for its next run, any other completes. Returns how many ran.
    /// </summary>
    public static int RunDue(DataverseContext context)
    {
        lock (context.WorkGate)
        {
            var organization = context.Organization;
            var now = context.Time.GetUtcNow().UtcDateTime;
            var due = organization.Rows(BulkDeleteOperation)
                .Where(r => r.GetAttributeValue<OptionSetValue>(StateCode)?.Value == Suspended && r.GetAttributeValue<DateTime?>(NextRun) <= now)
                .ToList();
            var system = organization.ServiceAs(organization.SystemUserId);
            foreach (var operation in due)
            {
                var job = organization.Find(AsyncOperation, operation.GetAttributeValue<EntityReference>(AsyncOperationId)!.Id)!;
                var querySet = (JsonArray)JsonNode.Parse(job.GetAttributeValue<string>(Data)!)!;
                var owner = job.GetAttributeValue<EntityReference>(Owner)?.Id ?? organization.SystemUserId;
                var (succeeded, failed) = BulkDeleteRun.Run(organization.ServiceAs(owner), context.Sets, querySet, now);
                var next = Recurrence.Parse(job.GetAttributeValue<string>(RecurrencePattern))?.NextAfter(job.GetAttributeValue<DateTime>(RecurrenceStartTime), now);
                system.Update(State(new Entity(AsyncOperation, job.Id), next, failed, now));
                system.Update(State(new Entity(BulkDeleteOperation, operation.Id)
                {
                    [SuccessCount] = operation.GetAttributeValue<int>(SuccessCount) + succeeded,
                    [FailureCount] = operation.GetAttributeValue<int>(FailureCount) + failed,
                }, next, failed, now));
            }

            return due.Count;
        }
    }

    // Waiting for its next run, or completed now with its last run's result.
    private static Entity State(Entity row, DateTime? next, int failed, DateTime now)
    {
        if (row.LogicalName == AsyncOperation)
        {
            row[PostponeUntil] = next;
            row[CompletedOn] = next is null ? now : null;
        }
        else
        {
            row[NextRun] = next;
        }

        row[StateCode] = new OptionSetValue(next is null ? Completed : Suspended);
        row[StatusCode] = new OptionSetValue(next is null ? (failed == 0 ? Succeeded : Failed) : Waiting);
        return row;
    }
}
