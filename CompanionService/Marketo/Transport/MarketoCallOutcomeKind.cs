using MsiDynamics.CompanionService.Marketo.Push;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// How a client call ended as a whole. Per-record fates are in <see cref="MarketoOutcome"/>; this says
/// whether the run may go on.
/// </summary>
public enum MarketoCallOutcomeKind
{
    /// <summary>
    /// Marketo answered every call. Records may still be individually skipped: read their outcomes.
    /// </summary>
    Succeeded,

    /// <summary>
    /// A transient failure outlasted the client's retries (606 storms, 615, 604, 608, 611, 713, 5xx,
    /// timeouts, dropped connections). Records not sent stay retryable; try again after
    /// <see cref="MarketoCallOutcome.RetryAfter"/>.
    /// </summary>
    RetryLater,

    /// <summary>
    /// The daily API quota is spent (Marketo's 607, or the client's own counter reached the reserve).
    /// Nothing more is pushed until <see cref="MarketoCallOutcome.ResetsAt"/> (00:00 America/Chicago).
    /// </summary>
    QuotaExhausted,

    /// <summary>
    /// Marketo refused the call for a reason a person must fix (603 access denied, 616 subscription,
    /// 703 feature not enabled, wrong credentials) or the client has a bug (605, 609, 610, 612, 413, 414).
    /// Stop the run and show <see cref="MarketoCallOutcome.Code"/> and <see cref="MarketoCallOutcome.Message"/>.
    /// </summary>
    Stopped,
}
