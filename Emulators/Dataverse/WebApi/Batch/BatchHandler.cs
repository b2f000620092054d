using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Batch;

/// <summary>
/// <c>POST $batch</c> (dataverse.md §6; execute-batch-operations-using-web-api): at most
/// <see cref="DataverseEmulatorOptions.MaxBatchRequests"/> requests (1,000), run in order. Requests outside change
/// sets are independent; a change set is one transaction (one failure rolls it back and is its only answer).
/// Without <c>Prefer: odata.continue-on-error</c> the batch stops at the first failure, which is its last part and
/// gives the batch its status, as Dataverse does; with it every request runs and the batch answers 200.
/// </summary>
internal static class BatchHandler
{
    public static ApiResponse Run(ApiCall call)
    {
        var boundary = Multipart.Boundary(call.Request.Header("Content-Type"))
            ?? throw ApiException.BadRequest("A $batch request needs 'Content-Type: multipart/mixed; boundary=batch_<id>'.");
        var items = BatchItem.ReadAll(call.Request.BodyText, boundary);
        var count = items.Sum(i => i.Operations.Count);
        var limit = call.Context.Options.MaxBatchRequests;
        if (count > limit)
        {
            throw ApiException.BadRequest($"The batch holds {count} requests; a batch may hold at most {limit}. Split it into several batches.");
        }

        call.Context.Traffic.CountBatch();
        var writer = new BatchResponseWriter();
        var continueOnError = call.Preferences.ContinueOnError;
        var status = 200;
        foreach (var item in items)
        {
            var failure = item.IsChangeSet ? RunChangeSet(call, item, writer) : RunSingle(call, item.Operations[0], writer);
            if (failure is not null && !continueOnError)
            {
                status = failure.Status;
                break;
            }
        }

        var response = ApiResponse.Text(status, writer.ContentType, writer.Finish());
        return continueOnError ? response.With("Preference-Applied", "odata.continue-on-error") : response;
    }

    private static ApiResponse? RunSingle(ApiCall call, BatchOperation operation, BatchResponseWriter writer)
    {
        var response = Answer(call, operation.ToRequest(call.Request, new Dictionary<string, string>()));
        writer.Add(response, operation.ContentId);
        return response.IsSuccess ? null : response;
    }

    private static ApiResponse? RunChangeSet(ApiCall call, BatchItem changeSet, BatchResponseWriter writer)
    {
        var answers = new List<(ApiResponse Response, string? ContentId)>();
        var contentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        ApiResponse? failure = null;
        call.Context.Organization.RunInTransaction(() =>
        {
            foreach (var operation in changeSet.Operations)
            {
                var response = Answer(call, operation.ToRequest(call.Request, contentIds));
                if (!response.IsSuccess)
                {
                    failure = response;
                    return false;
                }

                answers.Add((response, operation.ContentId));
                if (operation.ContentId is { } id && response.HeaderValue("OData-EntityId") is { } created)
                {
                    contentIds[id] = Json.ResourceReference.RelativePath(created);
                }
            }

            return true;
        });

        // A failed change set answers with the failing request alone (OData 4.0 §11.7.4).
        if (failure is not null)
        {
            writer.Add(failure, null);
            return failure;
        }

        writer.AddChangeSet(answers);
        return null;
    }

    // A part's error takes the shape its own Prefer asks for, or else the batch's (dataverse.md §6 Errors).
    private static ApiResponse Answer(ApiCall call, ApiRequest part)
    {
        var preferences = Preferences.Of(part);
        var shaping = ErrorShaping.Begin(call.Context, preferences.IncludeAnnotations is null ? call.Preferences : preferences);
        return shaping.Apply(ApiRouter.Answer(call.Context, part));
    }
}
