namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// The fate of one input record of a push. Marketo's own statuses are <c>created</c>, <c>updated</c>,
/// <c>deleted</c> and <c>skipped</c> (marketo.md §2); the client adds the two it decides itself.
/// </summary>
public enum MarketoRecordStatus
{
    /// <summary>Marketo created the record; <see cref="MarketoOutcome.MarketoId"/> holds its id.</summary>
    Created,

    /// <summary>Marketo updated an existing record; <see cref="MarketoOutcome.MarketoId"/> holds its id.</summary>
    Updated,

    /// <summary>Marketo deleted the record, or it was already gone (1013 on a delete).</summary>
    Deleted,

    /// <summary>
    /// Marketo (or the client, for a lead without an e-mail address) refused this record; the code and
    /// message say why and <see cref="MarketoOutcome.IsRetryable"/> whether a later attempt may succeed.
    /// </summary>
    Skipped,

    /// <summary>
    /// The record never reached Marketo because its call did not complete (rate limit, quota, outage,
    /// stopped run). Always retryable: the call-level outcome says when.
    /// </summary>
    NotSent,

    /// <summary>
    /// A later record of the same batch had the same key, and only the latest was sent (Decision 5:
    /// never the same key twice in one batch, latest intent wins).
    /// </summary>
    Superseded,
}
