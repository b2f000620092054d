using MsiDynamics.CompanionService.Marketo.Transport;
using static MsiDynamics.CompanionService.Marketo.Errors.MarketoErrorCodes;

namespace MsiDynamics.CompanionService.Marketo.Errors;

/// <summary>
/// The one table that turns (HTTP status, Marketo code) into what to do (marketo.md §5.2, §5.3).
/// Pure: no I/O, no clock. Marketo answers errors with HTTP 200 and <c>success:false</c>, so the code,
/// when present, decides; the HTTP status only matters when there is no envelope.
/// </summary>
internal static class MarketoErrorClassifier
{
    /// <param name="httpStatus">The HTTP status, or <see cref="MarketoErrorCodes.NoHttpResponse"/> when none arrived.</param>
    /// <param name="code">The response-level (6xx/7xx) or record-level (1xxx) code, or null.</param>
    /// <param name="kind">What the call does: 1013 on a delete means "already gone".</param>
    public static MarketoErrorClass Classify(int httpStatus, string? code, MarketoOperationKind kind = MarketoOperationKind.Read) =>
        string.IsNullOrEmpty(code) ? ClassifyHttp(httpStatus) : ClassifyCode(code, kind);

    private static MarketoErrorClass ClassifyHttp(int httpStatus) => httpStatus switch
    {
        NoHttpResponse => MarketoErrorClass.RetryAfterDelay,
        >= 200 and < 300 => MarketoErrorClass.None,
        408 or 429 => MarketoErrorClass.RetryAfterDelay,
        >= 500 => MarketoErrorClass.RetryAfterDelay,
        // 401 from Identity = bad client id/secret; 413/414 = a request we built too large: a bug.
        _ => MarketoErrorClass.StopRun,
    };

    private static MarketoErrorClass ClassifyCode(string code, MarketoOperationKind kind) => code switch
    {
        // 600 "Empty access token" is answered when Marketo saw no token at all (marketo.md §1, UNCERTAIN): a fresh one cures it.
        AccessTokenEmpty or AccessTokenInvalid or AccessTokenExpired => MarketoErrorClass.RefreshTokenAndRetry,
        RateLimitExceeded => MarketoErrorClass.WaitOutRateWindow,
        DailyQuotaReached => MarketoErrorClass.QuotaExhausted,
        RequestTimedOut or TemporarilyUnavailable or SystemError or InvalidSubscription
            or ConcurrencyLimitReached or TransientError => MarketoErrorClass.RetryAfterDelay,
        // 718: the opportunity's sales person is not in Marketo yet; it will be after the next pass.
        ExternalSalesPersonNotFound => MarketoErrorClass.RetryAfterDelay,
        NoDataFound => MarketoErrorClass.EmptyResult,
        CannotBeBlank or InvalidDateFormat or BusinessRuleViolation => MarketoErrorClass.RejectRecord,
        RecordNotFound when kind == MarketoOperationKind.Delete => MarketoErrorClass.AlreadyGone,
        FailedToCreate or TooManyImports or ImportInProgress or ObjectInUse or TooManyJobs
            => MarketoErrorClass.RetryRecordLater,
        // 603, 605, 609, 610, 612, 613, 616, 703 and any 6xx/7xx we do not know: a person must look.
        _ when code.Length == 3 => MarketoErrorClass.StopRun,
        // 1001–1036 and any other record-level reason: this record, permanently.
        _ => MarketoErrorClass.RejectRecord,
    };
}
