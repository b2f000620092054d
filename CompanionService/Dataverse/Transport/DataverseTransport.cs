using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Dataverse.Limits;

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// The typed <see cref="HttpClient"/> every Web API request goes through: bearer token (header only),
/// concurrency and request budget, one token refresh on 401, Polly retries of 429/5xx/time-outs, and a
/// typed outcome. Every try Dataverse answered is counted in <see cref="DataverseCosts"/> with the request's
/// <see cref="DataverseRequest.Operations"/>, the way dataverse.md §0.12 counts both costs: a retry is another request;
/// a 401, 403 or 429 answer, which the service-protection limits did not admit, is not counted. Throws only when the caller cancels.
/// </summary>
/// <remarks>
/// <paramref name="costs"/> is the process's one count, registered by <c>AddMsiWorker</c>; a host that registers
/// none (the client alone) counts into a private one nobody reads.
/// </remarks>
public sealed class DataverseTransport(
    HttpClient http,
    IDataverseTokenSource tokens,
    DataverseRateGate gate,
    DataverseRetryPolicy retry,
    TimeProvider time,
    ILogger<DataverseTransport> logger,
    DataverseCosts? costs = null)
{
    private readonly DataverseCosts _costs = costs ?? new DataverseCosts();

    /// <summary>The Web API root, <c>{Url}api/data/v9.2/</c>.</summary>
    public Uri WebApiUrl => http.BaseAddress!;

    /// <summary>Sends <paramref name="request"/>, retrying what is transient, and concludes.</summary>
    public async Task<DataverseReply> SendAsync(DataverseRequest request, CancellationToken cancellationToken)
    {
        var target = new Uri(WebApiUrl, request.Path);
        if (Uri.Compare(target, WebApiUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            // A nextLink on another host would receive the bearer token: refuse it.
            return Conclude(request, new DataverseAttempt(DataverseOutcome.Failed(DataverseOutcomeKind.Rejected,
                $"{request.Operation}: refusing to send a request to another host than Dataverse:Url ({target.Host})."), null, false));
        }

        var last = await retry.Pipeline.ExecuteAsync(
            ct => new ValueTask<DataverseAttempt>(AttemptAsync(request, target, ct)), cancellationToken).ConfigureAwait(false);
        return Conclude(request, last);
    }

    private async Task<DataverseAttempt> AttemptAsync(DataverseRequest request, Uri target, CancellationToken ct)
    {
        var refreshed = false;
        while (true)
        {
            var token = await tokens.GetTokenAsync(refreshed, ct).ConfigureAwait(false);
            if (token.Token is null)
            {
                return DataverseAttempt.NoToken(token);
            }

            var attempt = await SendOnceAsync(request, target, token.Token, ct).ConfigureAwait(false);
            if (attempt.Outcome.HttpStatus != 401 || refreshed)
            {
                return attempt;
            }

            // An expired or revoked token: ask for a fresh one once, at once (not a retry with back-off).
            refreshed = true;
            Log.Reauthenticating(logger, request.Operation);
        }
    }

    private async Task<DataverseAttempt> SendOnceAsync(DataverseRequest request, Uri target, DataverseAccessToken token, CancellationToken ct)
    {
        try
        {
            return await gate.Pipeline.ExecuteAsync(
                async inner =>
                {
                    using var message = new HttpRequestMessage(request.Method, target) { Content = request.Content?.Invoke() };
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
                    if (request.IfMatch is { } ifMatch)
                    {
                        message.Headers.TryAddWithoutValidation("If-Match", ifMatch);
                    }

                    if (request.Prefer.Count > 0)
                    {
                        message.Headers.TryAddWithoutValidation("Prefer", string.Join(",", request.Prefer));
                    }

                    using var response = await http.SendAsync(message, inner).ConfigureAwait(false);
                    CountCost(request, (int)response.StatusCode);
                    return DataverseAttempt.From(await DataverseResponse.ReadAsync(response, time.GetUtcNow(), inner).ConfigureAwait(false), request);
                },
                ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException
            || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var failure = ex is OperationCanceledException ? "timed out" : $"connection failed ({ex.GetType().Name})";
            var attempt = DataverseAttempt.NoResponse(failure, MayHaveReachedDataverse(ex), request);
            if (attempt.Transient)
            {
                Log.NoResponse(logger, request.Operation, failure);
            }
            else
            {
                Log.NoAnswerAfterSending(logger, request.Operation, failure);
            }

            return attempt;
        }
    }

    /// <summary>Counts a request the limits admitted: not a 401, 403 or 429 (dataverse.md §0.12).</summary>
    private void CountCost(DataverseRequest request, int status)
    {
        if (status is not (401 or 403 or 429))
        {
            _costs.Count(request.Operations);
        }
    }

    /// <summary>False only when the connection itself could not be made, so nothing of the request was sent.</summary>
    private static bool MayHaveReachedDataverse(Exception ex) =>
        ex is not HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError };

    private DataverseReply Conclude(DataverseRequest request, DataverseAttempt last)
    {
        var outcome = last.Outcome;
        switch (outcome.Kind)
        {
            case DataverseOutcomeKind.Unavailable when last.Transient:
                // Not for a $batch answered with its parts (not transient): its requests carry their own outcomes.
                Log.GaveUp(logger, request.Operation, outcome.HttpStatus, outcome.Error?.ToString() ?? string.Empty);
                break;
            case DataverseOutcomeKind.AccessDenied:
                Log.AccessDenied(logger, request.Operation, outcome.HttpStatus, outcome.Error?.ToString() ?? string.Empty);
                break;
            case DataverseOutcomeKind.NotConfigured:
                Log.NotConfigured(logger, request.Operation, request.PathWithoutQuery, outcome.HttpStatus, outcome.Error?.ToString() ?? string.Empty);
                break;
            case DataverseOutcomeKind.Rejected:
                Log.Rejected(logger, request.Operation, outcome.HttpStatus, outcome.Error?.ToString() ?? string.Empty);
                break;
        }

        return new DataverseReply(outcome, last.Response);
    }
}
