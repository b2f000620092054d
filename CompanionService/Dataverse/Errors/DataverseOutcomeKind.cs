namespace MsiDynamics.CompanionService.Dataverse.Errors;

/// <summary>How one Dataverse request ended, as the callers decide on it (one table: <see cref="DataverseStatusMap"/>).</summary>
public enum DataverseOutcomeKind
{
    /// <summary>2xx.</summary>
    Succeeded,

    /// <summary>404: the row is gone (an update with <c>If-Match: *</c>, a delete, a read by id).</summary>
    NotFound,

    /// <summary>412: the row changed since its ETag was read, e.g. another worker leased it first. A normal outcome.</summary>
    LostRace,

    /// <summary>400, 405, 413 and other 4xx: this request is wrong and will not succeed as it is.</summary>
    Rejected,

    /// <summary>401 after a fresh token, 403, or no token: fix the app registration, user or role, then run again.</summary>
    AccessDenied,

    /// <summary>429, 5xx, time-out or no connection, still so after the retries: try again later.</summary>
    Unavailable,

    /// <summary>Inside a <c>$batch</c>: never run, because an earlier request failed without continue-on-error.</summary>
    NotExecuted,
}
