using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>
/// <c>POST $batch</c> (dataverse.md §6): writes the multipart body, sends it (with
/// <c>Prefer: odata.continue-on-error</c> when asked), and maps the answer back to one result per request.
/// Batches over <see cref="DataverseOptions.MaxBatchRequests"/> go out as several requests, in order.
/// </summary>
/// <remarks>
/// A failed change set is answered by one error: every request of that set gets it (none was applied).
/// Requests the answer does not cover after a failure (Dataverse stopped there) are NotExecuted, and so are those
/// of later HTTP requests, which are not sent, unless <see cref="DataverseBatch.ContinueOnError"/>. A request
/// whose answer cannot be read, or is missing for no such reason, is Unknown: it may have run (dataverse.md §6.1).
/// Answers beyond the requests are logged and ignored. When the HTTP request itself fails, its requests and all
/// later ones get that outcome, and no later one is sent. When its answer never comes, it is sent again only if every
/// request in it is safe to repeat (<see cref="BatchOperation.RepeatSafe"/>); otherwise its requests are Unknown and
/// the later ones, not sent, are Unavailable.
/// </remarks>
public sealed class DataverseBatches(DataverseTransport transport, IOptions<DataverseOptions> options, ILogger<DataverseBatches> logger)
{
    /// <summary>Sends <paramref name="batch"/>; throws only for a malformed batch or when the caller cancels.</summary>
    public async Task<DataverseBatchResult> ExecuteAsync(DataverseBatch batch, string operation, CancellationToken cancellationToken = default)
    {
        var results = new List<BatchOperationResult>(batch.OperationCount);
        var requests = 0;
        DataverseOutcome? stop = null;
        foreach (var chunk in batch.Chunks(Math.Min(options.Value.MaxBatchRequests, batch.MaxRequestsPerBatch ?? int.MaxValue)))
        {
            if (stop is not null)
            {
                results.AddRange(chunk.SelectMany(p => p.Operations).Select(o => new BatchOperationResult(o, stop, string.Empty)));
                continue;
            }

            var (body, boundary) = BatchWriter.Write(chunk, transport.WebApiUrl);
            // A $batch whose answer never came is sent again only when each of its requests may run twice (dataverse.md §6.1).
            var request = DataverseRequest.Post("$batch", () => Multipart(body, boundary), operation) with
            {
                Prefer = batch.ContinueOnError ? [ODataAnnotations.ContinueOnError] : [],
                RepeatSafe = chunk.All(p => p.Operations.All(o => o.RepeatSafe)),
                Operations = chunk.Sum(p => p.Operations.Count), // the entitlement counts each operation inside (dataverse.md §0.12)
            };
            var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            requests++;
            if (reply.Response is { IsMultipart: true } response)
            {
                var answered = Map(chunk, BatchResponseReader.Read(response.Body, response.ContentType), batch.ContinueOnError, operation);
                results.AddRange(answered);
                if (!batch.ContinueOnError && answered.Any(r => !r.Outcome.IsSuccess))
                {
                    // Dataverse stopped this part of the batch at a failure; the later parts must not run either.
                    stop = NotExecuted;
                }

                continue;
            }

            // A 2xx that is not multipart: Dataverse took the batch, so its requests may have run. No answer at all after
            // sending: Unknown too (the transport's outcome). Either way the later parts are not sent.
            var outcome = reply.Outcome.IsSuccess ? Unknown("the $batch answer was not multipart/mixed", reply.Outcome.HttpStatus) : reply.Outcome;
            results.AddRange(chunk.SelectMany(p => p.Operations).Select(o => new BatchOperationResult(o, outcome, string.Empty)));
            stop = reply.Outcome.IsSuccess ? NotExecuted : outcome.Kind == DataverseOutcomeKind.Unknown ? NotSent : outcome;
        }

        return new DataverseBatchResult(results, requests);
    }

    private List<BatchOperationResult> Map(IReadOnlyList<BatchPart> chunk, IReadOnlyList<BatchPartResponse>? answers, bool continueOnError, string operation)
    {
        if (answers is null)
        {
            Log.UnreadableBatch(logger, operation, "no multipart parts");
        }
        else if (answers.Count > chunk.Count || answers.Zip(chunk).Any(p => p.First.ChangeSet?.Count > p.Second.Operations.Count))
        {
            Log.ExtraBatchAnswers(logger, operation, answers.Count, chunk.Count);
        }

        var unread = Unknown(answers is null ? "the $batch answer could not be read" : "the $batch answer has no part for this request");
        var results = new List<BatchOperationResult>();
        var failed = false;
        for (var i = 0; i < chunk.Count; i++)
        {
            var part = chunk[i];
            var answer = answers is not null && i < answers.Count ? answers[i] : null;

            // Without continue-on-error, Dataverse answers no request after a failed one; any other gap is unexplained.
            var missing = answers is not null && !continueOnError && failed ? NotExecuted : unread;
            for (var j = 0; j < part.Operations.Count; j++)
            {
                var response = answer?.ChangeSet is { } set
                    ? set.FirstOrDefault(r => r.Header("Content-ID") == ContentIdOf(chunk, i, j)) ?? (j < set.Count ? set[j] : null)
                    : answer;
                var outcome = OutcomeOf(part.Operations[j], response, missing, unread);
                failed |= response is not null && !outcome.IsSuccess;
                results.Add(new BatchOperationResult(part.Operations[j], outcome, response?.Body ?? string.Empty));
            }
        }

        return results;
    }

    private static readonly DataverseOutcome NotExecuted =
        DataverseOutcome.Failed(DataverseOutcomeKind.NotExecuted, "Not run: an earlier request of the $batch failed.");

    private static readonly DataverseOutcome NotSent = DataverseOutcome.Failed(DataverseOutcomeKind.Unavailable,
        "Not sent: Dataverse did not answer an earlier part of this $batch; send it again later.");

    private static DataverseOutcome Unknown(string why, int httpStatus = 200) => DataverseOutcome.Failed(DataverseOutcomeKind.Unknown,
        $"Unknown: {why}, so this request may have run; read the row again before sending it again.", httpStatus);

    private static DataverseOutcome OutcomeOf(BatchOperation operation, BatchPartResponse? response, DataverseOutcome missing, DataverseOutcome unread) => response switch
    {
        null => missing,
        { ChangeSet: not null } => unread,
        _ => DataverseOutcome.FromStatus(response.Status, response.Body, operation.IfMatch is not null,
            int.TryParse(response.Header("Retry-After"), out var seconds) ? TimeSpan.FromSeconds(seconds) : null,
            ODataEntityId.Parse(response.Header("OData-EntityId"))),
    };

    /// <summary>The Content-ID <see cref="BatchWriter"/> gave request <paramref name="j"/> of part <paramref name="i"/>.</summary>
    private static string ContentIdOf(IReadOnlyList<BatchPart> chunk, int i, int j) =>
        (chunk.Take(i).Where(p => p.IsChangeSet).Sum(p => p.Operations.Count) + j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static HttpContent Multipart(string body, string boundary)
    {
        var content = new StringContent(body, System.Text.Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={boundary}");
        return content;
    }
}
