namespace MsiDynamics.CompanionService.Marketo.Errors;

/// <summary>
/// Marketo's error codes as it sends them: quoted strings ("A quoted integer from 601 to 799",
/// marketo.md §2). Response-level codes are 6xx/7xx (§5.2); record-level reasons are 1xxx (§5.3).
/// </summary>
internal static class MarketoErrorCodes
{
    /// <summary>"Empty access token": an integrator's table lists it for a call without a token (marketo.md §1, UNCERTAIN).</summary>
    public const string AccessTokenEmpty = "600";
    public const string AccessTokenInvalid = "601";
    public const string AccessTokenExpired = "602";
    public const string AccessDenied = "603";
    public const string RequestTimedOut = "604";
    public const string MethodNotSupported = "605";
    public const string RateLimitExceeded = "606";
    public const string DailyQuotaReached = "607";
    public const string TemporarilyUnavailable = "608";
    public const string InvalidJson = "609";
    public const string ResourceNotFound = "610";
    public const string SystemError = "611";
    public const string InvalidContentType = "612";
    public const string InvalidMultipart = "613";
    public const string InvalidSubscription = "614";
    public const string ConcurrencyLimitReached = "615";
    public const string InvalidSubscriptionType = "616";

    public const string CannotBeBlank = "701";
    public const string NoDataFound = "702";
    public const string FeatureNotEnabled = "703";
    public const string InvalidDateFormat = "704";
    public const string BusinessRuleViolation = "709";
    public const string TransientError = "713";
    public const string ExternalSalesPersonNotFound = "718";

    public const string InvalidValue = "1001";
    public const string MissingValue = "1002";
    public const string InvalidData = "1003";
    public const string LeadNotFound = "1004";
    public const string FieldNotFound = "1006";
    public const string MultipleLeadsMatch = "1007";
    public const string RecordNotFound = "1013";
    public const string FailedToCreate = "1014";
    public const string TooManyImports = "1016";
    public const string CrmEnabled = "1018";
    public const string ImportInProgress = "1019";
    public const string ObjectInUse = "1022";
    public const string TooManyJobs = "1029";
    public const string DuplicateInInput = "1036";

    /// <summary>
    /// Calls answered with these codes are "not counted against the daily quota or rate limit"
    /// (marketo.md §1, §5.2 *), so the client gives the quota unit back; 600 is a token refusal like 601.
    /// </summary>
    public static bool IsFreeOfQuota(string? code) => code is AccessTokenEmpty or AccessTokenInvalid or AccessTokenExpired
        or RequestTimedOut or MethodNotSupported or TemporarilyUnavailable or SystemError;

    /// <summary>The status the transport reports when no HTTP response arrived (timeout, dropped connection).</summary>
    public const int NoHttpResponse = 0;
}
