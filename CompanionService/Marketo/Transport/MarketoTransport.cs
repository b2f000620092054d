using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Marketo.Identity;
using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// The typed <see cref="HttpClient"/> every Marketo REST call goes through: daily quota check, bearer
/// token (header only, Decision 1), rate and concurrency gate, classification of the answer, one
/// re-authentication on 601/602, Polly retries of transient failures, and a call-level outcome. Before every attempt, and
/// again once the gate admits it, the <see cref="IMarketoCallFence"/> is asked whether a call of
/// <see cref="MarketoOptions.RequestTimeout"/> may start; when it refuses, nothing is sent and the call ends Stopped.
/// </summary>
public sealed class MarketoTransport(
    HttpClient http,
    MarketoTokenCache tokens,
    MarketoRateGate gate,
    DailyQuotaCounter quota,
    MarketoRetryPolicy retry,
    IMarketoCallFence fence,
    IOptions<MarketoOptions> options,
    ILogger<MarketoTransport> logger)
{
    private readonly TimeSpan _callTimeout = options.Value.RequestTimeout;

    /// <summary>Sends <paramref name="request"/> and concludes; throws only if <paramref name="cancellationToken"/> fires.</summary>
    public async Task<MarketoResponse> SendAsync(MarketoRequest request, CancellationToken cancellationToken)
    {
        var last = await retry.Pipeline.ExecuteAsync(
            ct => new ValueTask<MarketoAttempt>(AttemptAsync(request, ct)), cancellationToken).ConfigureAwait(false);
        return Conclude(request, last);
    }

    /// <summary>The current count against the daily quota.</summary>
    public MarketoQuotaState Quota => quota.Snapshot();

    private async Task<MarketoAttempt> AttemptAsync(MarketoRequest request, CancellationToken ct)
    {
        var reauthenticated = false;
        while (true)
        {
            // Before anything is sent, the identity request included.
            if (!fence.CanStart(_callTimeout))
            {
                return MarketoAttempt.Fenced(_callTimeout);
            }

            var identity = await tokens.GetAsync(ct).ConfigureAwait(false);
            if (identity.Token is not { } token)
            {
                return IdentityFailed(identity);
            }

            if (!quota.TryAcquire(request.Kind))
            {
                return MarketoAttempt.QuotaRefusedLocally();
            }

            var attempt = await SendOnceAsync(request, token, ct).ConfigureAwait(false);
            if (attempt.IsFenced || MarketoErrorCodes.IsFreeOfQuota(attempt.Code))
            {
                quota.Refund();
            }

            if (attempt.Class != MarketoErrorClass.RefreshTokenAndRetry)
            {
                return attempt;
            }

            // Marketo answers 602 once for an expired token, then 601 (marketo.md §1): re-authenticate once.
            tokens.Invalidate(token);
            if (reauthenticated)
            {
                return attempt with
                {
                    Class = MarketoErrorClass.StopRun,
                    Message = $"{attempt.Message}; a fresh token was refused too: check the custom service in Marketo.",
                };
            }

            reauthenticated = true;
            Log.Reauthenticating(logger, request.Operation, attempt.Code);
        }
    }

    private async Task<MarketoAttempt> SendOnceAsync(MarketoRequest request, MarketoAccessToken token, CancellationToken ct)
    {
        try
        {
            return await gate.Pipeline.ExecuteAsync(
                async inner =>
                {
                    // Again once the gate admits the call: waiting for a rate slot may have used up the fence's margin.
                    if (!fence.CanStart(_callTimeout))
                    {
                        return MarketoAttempt.Fenced(_callTimeout);
                    }

                    using var message = new HttpRequestMessage(request.Method, request.Path) { Content = request.Content?.Invoke() };
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
                    using var response = await http.SendAsync(message, inner).ConfigureAwait(false);
                    var body = await response.Content.ReadAsStringAsync(inner).ConfigureAwait(false);
                    return MarketoAttempt.From((int)response.StatusCode, MarketoJson.TryRead<MarketoEnvelope>(body), request.Kind);
                },
                ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException
            || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var failure = ex is OperationCanceledException ? "timed out" : $"connection failed ({ex.GetType().Name})";
            Log.NoResponse(logger, request.Operation, failure);
            return MarketoAttempt.NoResponse($"No response from Marketo: {failure}.");
        }
    }

    private static MarketoAttempt IdentityFailed(IdentityResult identity)
    {
        var verdict = MarketoErrorClassifier.Classify(identity.HttpStatus, null);
        var message = verdict == MarketoErrorClass.StopRun
            ? $"Marketo identity refused the credentials (HTTP {identity.HttpStatus}, {identity.Error}): check Marketo:ClientId and Marketo:ClientSecret."
            : $"Marketo identity did not issue a token (HTTP {identity.HttpStatus}, {identity.Error}).";
        return new MarketoAttempt(identity.HttpStatus, null, $"HTTP {identity.HttpStatus}", message, verdict);
    }

    private MarketoResponse Conclude(MarketoRequest request, MarketoAttempt last)
    {
        switch (last.Class)
        {
            case MarketoErrorClass.None:
                return new MarketoResponse(MarketoCallOutcome.Succeeded, last.Envelope, null);
            case MarketoErrorClass.EmptyResult:
                return new MarketoResponse(MarketoCallOutcome.Succeeded, null, null);
            case MarketoErrorClass.RejectRecord:
                return new MarketoResponse(MarketoCallOutcome.Succeeded, null, last.Envelope?.FirstError);
            case MarketoErrorClass.QuotaExhausted:
                if (last.Code == MarketoErrorCodes.DailyQuotaReached)
                {
                    quota.MarkExhaustedByMarketo();
                }

                var state = quota.Snapshot();
                Log.QuotaExhausted(logger, request.Operation, last.Code, state.ToString());
                return Failed(MarketoCallOutcome.QuotaExhausted(state, last.Code, last.Message ?? "Daily quota reached."));
            case MarketoErrorClass.StopRun:
                if (last.IsFenced)
                {
                    Log.Fenced(logger, request.Operation, _callTimeout);
                }
                else
                {
                    Log.Stopped(logger, request.Operation, last.Code, last.Message);
                }

                return Failed(MarketoCallOutcome.Stopped(last.Code, $"{request}: {last.Message}"));
            default:
                var delay = retry.DelayAfterGivingUp(last);
                Log.GaveUp(logger, request.Operation, last.Code, last.Message, delay);
                return Failed(MarketoCallOutcome.RetryLater(delay, last.Code, last.Message ?? "Transient failure."));
        }
    }

    private static MarketoResponse Failed(MarketoCallOutcome outcome) => new(outcome, null, null);
}
