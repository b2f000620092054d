using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;
using MsiDynamics.Emulators.Dataverse.WebApi.Rows;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// <c>POST BulkDelete</c> with <c>{"QuerySet":[QueryExpression…],"JobName":"…","SendEmailNotification":false,
/// "ToRecipients":[],"CCRecipients":[],"RecurrencePattern":"FREQ=DAILY;","StartDateTime":"…"}</c> (dataverse.md §6): the
/// platform schedules a system job and answers <c>{"JobId":"…"}</c> at once. The emulator runs the job before it answers:
/// every matching row is deleted through the Delete pipeline, one request each (a row that fails is counted, not fatal),
/// and the job is recorded as a completed <c>asyncoperation</c> (its id is the JobId) with a <c>bulkdeleteoperation</c>
/// holding the counts. A recurrence is accepted but not repeated.
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
        var now = call.Context.Time.GetUtcNow().UtcDateTime;
        var reader = new QuerySetReader(call.Sets, now);
        var queries = querySet.Select(reader.Read).ToList();

        var (succeeded, failed) = (0, 0);
        foreach (var (table, query) in queries)
        {
            foreach (var row in call.Service.RetrieveMultiple(query).Entities)
            {
                if (TryDelete(call, table.LogicalName, row.Id))
                {
                    succeeded++;
                }
                else
                {
                    failed++;
                }
            }
        }

        var jobId = Record(call.Context.Organization, jobName, now, succeeded, failed);
        return ApiResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = call.ContextUrl("Microsoft.Dynamics.CRM.BulkDeleteResponse"),
            ["JobId"] = jobId.ToString("D"),
        });
    }

    private static bool TryDelete(ApiCall call, string table, Guid id)
    {
        try
        {
            call.Service.Delete(table, id);
            return true;
        }
        catch (Exception exception) when (exception is PlatformFaultException or InvalidPluginExecutionException)
        {
            return false;
        }
    }

    private static Guid Record(InMemoryOrganization organization, string jobName, DateTime now, int succeeded, int failed)
    {
        var status = new OptionSetValue(failed == 0 ? SystemJobs.Succeeded : SystemJobs.Failed);
        var job = new Entity(SystemJobs.AsyncOperation)
        {
            ["name"] = jobName,
            [SystemJobs.OperationType] = new OptionSetValue(SystemJobs.BulkDeleteType),
            [SystemJobs.CompletedOn] = now,
            ["statecode"] = new OptionSetValue(SystemJobs.Completed),
            ["statuscode"] = status,
        };
        var jobId = organization.Seed(job);
        organization.Seed(new Entity(SystemJobs.BulkDeleteOperation)
        {
            ["name"] = jobName,
            [SystemJobs.AsyncOperationId] = new EntityReference(SystemJobs.AsyncOperation, jobId),
            [SystemJobs.SuccessCount] = succeeded,
            [SystemJobs.FailureCount] = failed,
            ["statecode"] = new OptionSetValue(SystemJobs.Completed),
            ["statuscode"] = status,
        });
        return jobId;
    }
}
