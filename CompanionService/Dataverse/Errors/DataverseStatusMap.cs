namespace MsiDynamics.CompanionService.Dataverse.Errors;

/// <summary>
/// Every HTTP status of the Web API mapped to an outcome kind and a retry verdict, in one place
/// (dataverse.md §6: 400, 401, 403, 404, 405, 412, 413, 429, 501, 503).
/// </summary>
internal static class DataverseStatusMap
{
    /// <summary>The status the client records when no HTTP response arrived.</summary>
    public const int NoResponse = 0;

    /// <summary>What <paramref name="httpStatus"/> means for the caller.</summary>
    public static DataverseOutcomeKind Kind(int httpStatus) => httpStatus switch
    {
        >= 200 and < 300 => DataverseOutcomeKind.Succeeded,
        404 => DataverseOutcomeKind.NotFound,
        412 => DataverseOutcomeKind.LostRace,
        401 or 403 => DataverseOutcomeKind.AccessDenied,
        _ when IsTransient(httpStatus) => DataverseOutcomeKind.Unavailable,
        _ => DataverseOutcomeKind.Rejected,
    };

    /// <summary>
    /// What an error answer means, from the status, what was sent and Dataverse's message, never from its code alone
    /// (the code may be empty, dataverse.md §0.14): a 412 is a lost race only for a request that sent <c>If-Match</c>
    /// (<paramref name="conditional"/>); without one it is a refused duplicate (Rejected). A 404 or 400 that says a name
    /// does not exist, and a 404 without Dataverse's error body, are NotConfigured (dataverse.md §6.1), not a missing
    /// row (NotFound) nor a wrong value (Rejected).
    /// </summary>
    public static DataverseOutcomeKind Kind(int httpStatus, DataverseError? error, bool conditional) => httpStatus switch
    {
        412 when !conditional => DataverseOutcomeKind.Rejected,
        404 when error is null => DataverseOutcomeKind.NotConfigured,
        400 or 404 when error is not null && DataverseMissingName.Find(httpStatus, error) is not null => DataverseOutcomeKind.NotConfigured,
        _ => Kind(httpStatus),
    };

    /// <summary>
    /// Whether the same request may succeed if sent again: no response, 408, 429 (service protection),
    /// 500, 502, 503, 504. Not 501 (not implemented) nor any other status.
    /// </summary>
    public static bool IsTransient(int httpStatus) =>
        httpStatus is NoResponse or 408 or 429 or 500 or 502 or 503 or 504;
}
