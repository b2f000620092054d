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
/// Requests the answer does not cover (Dataverse stopped at a failure) are NotExecuted, and so are those of
/// later HTTP requests, which are not sent, unless <see cref="DataverseBatch.ContinueOnError"/>. When the
/// HTTP request itself fails, its requests and all later ones get that outcome, and no later one is sent.
/// </remarks>
public sealed class DataverseBatches(DataverseTransport transport, IOptions<DataverseOptions> options, ILogger<DataverseBatches> logger)
{
    /// <summary>Sends <paramref name="batch"/>; throws only for a malformed batch or when the caller cancels.</summary>
    public async Task<DataverseBatchResult> ExecuteAsync(DataverseBatch batch, string operation, CancellationToken cancellationToken = default)
    {
        var results = new List<BatchOperationResult>(batch.OperationCount);
        var requests = 0;
        DataverseOutcome? stop = null;
        foreach (var chunk in batch.Chunks(options.Value.MaxBatchRequests))
        {
            if (stop is not null)
            {
                results.AddRange(chunk.SelectMany(p => p.Operations).Select(o => new BatchOperationResult(o, stop, string.Empty)));
                continue;
            }

            var (body, boundary) = BatchWriter.Write(chunk, transport.WebApiUrl);
            var request = DataverseRequest.Post("$batch", () => Multipart(body, boundary), operation)
                with { Prefer = batch.ContinueOnError ? [ODataAnnotations.ContinueOnError] : [] };
            var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            requests++;
            if (reply.Response is { IsMultipart: true } response)
            {
                var answered = Map(chunk, BatchResponseReader.Read(response.Body, response.ContentType));
                results.AddRange(answered);
                if (!batch.ContinueOnError && answered.Any(r => !r.Outcome.IsSuccess))
                {
                    // Dataverse stopped this part of the batch at a failure; the later parts must not run either.
                    stop = NotExecuted;
                }

                continue;
            }

            stop = reply.Outcome.IsSuccess
                ? DataverseOutcome.Failed(DataverseOutcomeKind.Unavailable, "The $batch answer was not multipart/mixed.", reply.Outcome.HttpStatus)
                : reply.Outcome;
            results.AddRange(chunk.SelectMany(p => p.Operations).Select(o => new BatchOperationResult(o, stop, string.Empty)));
        }

        return new DataverseBatchResult(results, requests);
    }

    private List<BatchOperationResult> Map(IReadOnlyList<BatchPart> chunk, IReadOnlyList<BatchPartResponse>? answers)
    {
        if (answers is null)
        {
            Log.UnreadableBatch(logger, "no multipart parts");
        }

        var results = new List<BatchOperationResult>();
        for (var i = 0; i < chunk.Count; i++)
        {
            var part = chunk[i];
            var answer = answers is not null && i < answers.Count ? answers[i] : null;
            for (var j = 0; j < part.Operations.Count; j++)
            {
                var response = answer?.ChangeSet is { } set
                    ? set.FirstOrDefault(r => r.Header("Content-ID") == ContentIdOf(chunk, i, j)) ?? (j < set.Count ? set[j] : null)
                    : answer;
                results.Add(new BatchOperationResult(part.Operations[j], OutcomeOf(response), response?.Body ?? string.Empty));
            }
        }

        return results;
    }

    private static readonly DataverseOutcome NotExecuted =
        DataverseOutcome.Failed(DataverseOutcomeKind.NotExecuted, "Not run: an earlier request of the $batch failed.");

    private static DataverseOutcome OutcomeOf(BatchPartResponse? response) => response is null || response.ChangeSet is not null
        ? NotExecuted
        : DataverseOutcome.FromStatus(response.Status, response.Body,
            int.TryParse(response.Header("Retry-After"), out var seconds) ? TimeSpan.FromSeconds(seconds) : null,
            ODataEntityId.Parse(response.Header("OData-EntityId")));

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
