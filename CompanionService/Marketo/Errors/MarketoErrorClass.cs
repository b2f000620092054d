namespace MsiDynamics.CompanionService.Marketo.Errors;

/// <summary>
/// What the client does about one Marketo answer. Decided once, by <see cref="MarketoErrorClassifier"/>;
/// nothing else in the code looks at a Marketo code.
/// </summary>
public enum MarketoErrorClass
{
    /// <summary>The call (or record) succeeded.</summary>
    None,

    /// <summary>Transient: retry the call after an exponential back-off (604, 608, 611, 614, 615, 713, 5xx, no response).</summary>
    RetryAfterDelay,

    /// <summary>606: more than the allowed calls in the rate window; wait the window out, then retry.</summary>
    WaitOutRateWindow,

    /// <summary>601/602: the token is invalid or expired; re-authenticate once and retry.</summary>
    RefreshTokenAndRetry,

    /// <summary>607: the daily quota is gone until 00:00 America/Chicago; stop pushing, records stay retryable.</summary>
    QuotaExhausted,

    /// <summary>Configuration or a bug (603, 605, 609, 610, 612, 613, 616, 703, 401, 413, 414, unknown codes): stop the run.</summary>
    StopRun,

    /// <summary>702: a search found nothing; an empty result, not an error.</summary>
    EmptyResult,

    /// <summary>A permanent rejection of the record (or of every record of the call, for 701/704/709).</summary>
    RejectRecord,

    /// <summary>A record-level refusal that may succeed later (1014, 1016, 1019, 1022, 1029).</summary>
    RetryRecordLater,

    /// <summary>1013 on a delete: the record is already gone, which is what the delete wanted.</summary>
    AlreadyGone,
}
