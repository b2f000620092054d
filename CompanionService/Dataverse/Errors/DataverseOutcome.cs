namespace MsiDynamics.CompanionService.Dataverse.Errors;

/// <summary>
/// How one Web API request (or one request inside a <c>$batch</c>) ended: a kind the caller decides on,
/// the HTTP status, Dataverse's error, and for a create the new row's id. A value, not an exception:
/// a lost race (412) or a missing row (404) is a normal answer.
/// </summary>
public sealed record DataverseOutcome
{
    /// <summary>Which ending this is.</summary>
    public required DataverseOutcomeKind Kind { get; init; }

    /// <summary>The HTTP status; 0 when no response arrived.</summary>
    public int HttpStatus { get; init; }

    /// <summary>Dataverse's error code and message; null on success. Never contains a token or secret.</summary>
    public DataverseError? Error { get; init; }

    /// <summary>For Unavailable: how long Dataverse asked to wait (429's <c>Retry-After</c>), if it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For a create: the id from <c>OData-EntityId</c>.</summary>
    public Guid? Id { get; init; }

    /// <summary>True for 2xx.</summary>
    public bool IsSuccess => Kind == DataverseOutcomeKind.Succeeded;

    public static DataverseOutcome Succeeded(int httpStatus = 204, Guid? id = null) =>
        new() { Kind = DataverseOutcomeKind.Succeeded, HttpStatus = httpStatus, Id = id };

    /// <summary>
    /// The outcome of an HTTP answer: its status and the error of its body, mapped by <see cref="DataverseStatusMap"/>;
    /// <paramref name="conditional"/> says whether the request sent <c>If-Match</c> (a 412 is then a lost race).
    /// </summary>
    public static DataverseOutcome FromStatus(int httpStatus, string? body, bool conditional, TimeSpan? retryAfter = null, Guid? id = null)
    {
        if (DataverseStatusMap.Kind(httpStatus) == DataverseOutcomeKind.Succeeded)
        {
            return Succeeded(httpStatus, id);
        }

        var error = DataverseError.TryParse(body);
        var kind = DataverseStatusMap.Kind(httpStatus, error, conditional);
        return new()
        {
            Kind = kind,
            HttpStatus = httpStatus,
            Error = kind == DataverseOutcomeKind.NotConfigured
                ? DataverseMissingName.Explain(httpStatus, error, body)
                : error ?? DataverseError.From(httpStatus, body),
            RetryAfter = retryAfter,
        };
    }

    /// <summary>A failure the client concluded without (or before) an HTTP answer.</summary>
    public static DataverseOutcome Failed(DataverseOutcomeKind kind, string message, int httpStatus = 0) =>
        new() { Kind = kind, HttpStatus = httpStatus, Error = new DataverseError(string.Empty, message) };

    public override string ToString() => IsSuccess
        ? $"Succeeded (HTTP {HttpStatus})"
        : $"{Kind} (HTTP {HttpStatus}) {Error}{(RetryAfter is { } wait ? $"; retry after {wait}" : string.Empty)}";
}
