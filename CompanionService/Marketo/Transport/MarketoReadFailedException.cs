namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// A Marketo read that did not succeed, thrown where the caller's contract has no room for a
/// <see cref="MarketoCallOutcome"/> (the reference check answers a set of ids): it carries the outcome, so the
/// drain ends its cycle on it as on a push that ended so — waits for the quota's reset, stops the run, or tries
/// again after <see cref="MarketoCallOutcome.RetryAfter"/>. The message never carries a secret.
/// </summary>
internal sealed class MarketoReadFailedException(string operation, MarketoCallOutcome outcome)
    : Exception($"Marketo {operation} did not succeed: {outcome}")
{
    /// <summary>How the read ended: QuotaExhausted, Stopped or RetryLater, never Succeeded.</summary>
    public MarketoCallOutcome Outcome { get; } = outcome.IsSuccess
        ? throw new ArgumentException("A read that succeeded is not a failure.", nameof(outcome))
        : outcome;
}
