using MsiDynamics.CompanionService.Marketo.Errors;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// One try of a call, classified: what came back (or did not) and what to do about it. The retry
/// pipeline decides on <see cref="Class"/> alone.
/// </summary>
/// <param name="HttpStatus">The HTTP status, or <see cref="MarketoErrorCodes.NoHttpResponse"/>.</param>
/// <param name="Envelope">The parsed envelope, when the body was Marketo JSON.</param>
/// <param name="Code">Marketo's code, or "HTTP nnn", or null on success.</param>
/// <param name="Message">Marketo's message or the client's explanation; never a secret.</param>
/// <param name="Class">What to do, from <see cref="MarketoErrorClassifier"/>.</param>
public sealed record MarketoAttempt(
    int HttpStatus, MarketoEnvelope? Envelope, string? Code, string? Message, MarketoErrorClass Class)
{
    /// <summary>An answer from Marketo, classified by its first error (or success).</summary>
    public static MarketoAttempt From(int httpStatus, MarketoEnvelope? envelope, MarketoOperationKind kind)
    {
        if (envelope is null && httpStatus == 401)
        {
            // A REST call refused at the HTTP level for its token (one answer to a call without a token, marketo.md §1,
            // UNCERTAIN): re-authenticate once and retry, as for 601. The identity endpoint's 401 is classified apart.
            return new(httpStatus, null, $"HTTP {httpStatus}", "Marketo refused the call's access token (HTTP 401).", MarketoErrorClass.RefreshTokenAndRetry);
        }

        if (envelope is null)
        {
            var httpClass = MarketoErrorClassifier.Classify(httpStatus, null, kind);
            // A 2xx that is not Marketo JSON (a proxy page, a cut-off body) is worth another try.
            return httpClass == MarketoErrorClass.None
                ? new(httpStatus, null, $"HTTP {httpStatus}", "The response was not Marketo JSON.", MarketoErrorClass.RetryAfterDelay)
                : new(httpStatus, null, $"HTTP {httpStatus}", $"Marketo answered HTTP {httpStatus}.", httpClass);
        }

        if (envelope.Success)
        {
            return new(httpStatus, envelope, null, null, MarketoErrorClass.None);
        }

        var error = envelope.FirstError;
        return error?.Code is { } code
            ? new(httpStatus, envelope, code, error.Message, MarketoErrorClassifier.Classify(httpStatus, code, kind))
            : new(httpStatus, envelope, $"HTTP {httpStatus}", "Marketo answered success:false without an error.", MarketoErrorClass.StopRun);
    }

    /// <summary>No response arrived: a time-out or a dropped connection.</summary>
    public static MarketoAttempt NoResponse(string what) => new(
        MarketoErrorCodes.NoHttpResponse, null, null, what,
        MarketoErrorClassifier.Classify(MarketoErrorCodes.NoHttpResponse, null));

    /// <summary>The client's own quota count refused the call before it was sent.</summary>
    public static MarketoAttempt QuotaRefusedLocally() => new(
        MarketoErrorCodes.NoHttpResponse, null, null,
        "The client's daily quota count reached its limit (Marketo:DailyQuota less Marketo:DailyQuotaReserve for pushes).",
        MarketoErrorClass.QuotaExhausted);

    /// <summary>
    /// The call fence refused the attempt before anything was sent (<see cref="IMarketoCallFence"/>): a stop, so no retry
    /// follows; the message says why without naming the fence's own state.
    /// </summary>
    public static MarketoAttempt Fenced(TimeSpan callTimeout) => new(
        MarketoErrorCodes.NoHttpResponse, null, null,
        $"Not sent: the drain lease cannot cover the call (up to {callTimeout:c}, Marketo:RequestTimeout), which could "
        + "otherwise land after another worker took over the drain (dataverse.md §0.10).",
        MarketoErrorClass.StopRun)
    {
        IsFenced = true,
    };

    /// <summary>Whether the call fence refused this attempt: no request was sent.</summary>
    public bool IsFenced { get; init; }

    public override string ToString() => $"{Class}: {Code} {Message}";
}
