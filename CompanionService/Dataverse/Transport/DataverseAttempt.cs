using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// One try of a request, concluded: its outcome, the response when one arrived, and whether the retry
/// pipeline should send it again. The pipeline decides on <see cref="Transient"/> alone.
/// </summary>
/// <param name="Outcome">How the try ended.</param>
/// <param name="Response">The HTTP response; null when none arrived or no token could be had.</param>
/// <param name="Transient">True for 429, 5xx (but not a <c>$batch</c> answer with its parts), time-outs, dropped connections and an unreachable identity service.</param>
public sealed record DataverseAttempt(DataverseOutcome Outcome, DataverseResponse? Response, bool Transient)
{
    /// <summary>
    /// An HTTP answer, classified by <see cref="DataverseStatusMap"/>. A multipart answer is never transient:
    /// Dataverse ran that <c>$batch</c>, and one stopped by a failing request answers with that request's status,
    /// a 5xx too (execute-batch-operations-using-web-api, "Handling errors") — sending it again would repeat every
    /// request that had already succeeded.
    /// </summary>
    public static DataverseAttempt From(DataverseResponse response, DataverseRequest request) => new(
        DataverseOutcome.FromStatus(response.Status, response.Body, request.IfMatch is not null, response.RetryAfter, response.Id),
        response,
        DataverseStatusMap.IsTransient(response.Status) && !response.IsMultipart);

    /// <summary>
    /// No response: a time-out or a dropped connection. Sent again only when nothing reached Dataverse or the request
    /// is <see cref="DataverseRequest.RepeatSafe"/>; otherwise Unknown, as it may have run (dataverse.md §6.1).
    /// </summary>
    public static DataverseAttempt NoResponse(string what, bool mayHaveRun, DataverseRequest request) => mayHaveRun && !request.RepeatSafe
        ? new(DataverseOutcome.Failed(DataverseOutcomeKind.Unknown,
            $"No answer from Dataverse ({what}) after the request was sent, so it may have run; read the row again before sending it again."),
            null, false)
        : new(DataverseOutcome.Failed(DataverseOutcomeKind.Unavailable, $"No response from Dataverse: {what}."), null, true);

    /// <summary>No token could be had; a refusal is final, an unreachable identity service is retried.</summary>
    public static DataverseAttempt NoToken(DataverseTokenResult token) => new(
        DataverseOutcome.Failed(token.Transient ? DataverseOutcomeKind.Unavailable : DataverseOutcomeKind.AccessDenied,
            token.Failure ?? "No Dataverse token."),
        null,
        token.Transient);

    public override string ToString() => $"{Outcome}{(Transient ? " (transient)" : string.Empty)}";
}
