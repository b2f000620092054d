namespace MsiDynamics.CompanionService.Dataverse.Errors;

/// <summary>How one Dataverse request ended, as the callers decide on it (one table: <see cref="DataverseStatusMap"/>).</summary>
/// <remarks>
/// Only NotFound says a row is gone. NotConfigured says the request names something the environment lacks, and
/// Unknown that a request may have run: neither may be read as "nothing to do" (dataverse.md §6.1).
/// </remarks>
public enum DataverseOutcomeKind
{
    /// <summary>2xx.</summary>
    Succeeded,

    /// <summary>404 with Dataverse's "Does Not Exist": the row is gone (an update with <c>If-Match: *</c>, a delete, a read by id).</summary>
    NotFound,

    /// <summary>
    /// 412 to a request that sent <c>If-Match</c>: the row changed since its ETag was read, e.g. another worker claimed the drain lease
    /// first. A normal outcome. (A 412 to a create, a duplicate key, is Rejected.)
    /// </summary>
    LostRace,

    /// <summary>400, 405, 413 and other 4xx: this request is wrong and will not succeed as it is.</summary>
    Rejected,

    /// <summary>401 after a fresh token, 403, or no token: fix the app registration, user or role, then run again.</summary>
    AccessDenied,

    /// <summary>429, 5xx, no connection, or a time-out of a request safe to repeat, still so after the retries: try again later.</summary>
    Unavailable,

    /// <summary>Inside a <c>$batch</c>: never run, because an earlier request failed without continue-on-error.</summary>
    NotExecuted,

    /// <summary>
    /// 404 or 400 saying an entity set, column or path segment does not exist, or a 404 from in front of the Web
    /// API (dataverse.md §6.1): fix the configuration or import the solution. Never means "the row is gone".
    /// </summary>
    NotConfigured,

    /// <summary>
    /// A request whose answer never came after it was sent (time-out, connection lost) and that is not safe to send
    /// twice, or one inside a <c>$batch</c> whose answer could not be read (dataverse.md §6.1): it may or may not have
    /// run. Read the row again before sending it again.
    /// </summary>
    Unknown,
}
