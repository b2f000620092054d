using MsiDynamics.CompanionService.Marketo.Errors;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// What <see cref="MarketoTransport"/> concluded about one call after retries: the call-level outcome, the
/// envelope when Marketo answered, and — for 701/704/709 — the refusal that applies to every record sent.
/// </summary>
/// <param name="Outcome">Succeeded, RetryLater, QuotaExhausted or Stopped.</param>
/// <param name="Envelope">Marketo's answer when <paramref name="Outcome"/> succeeded; null for 702 or a refusal.</param>
/// <param name="Rejection">A response-level refusal of all the call's records, or null.</param>
public sealed record MarketoResponse(
    MarketoCallOutcome Outcome, MarketoEnvelope? Envelope, MarketoError? Rejection)
{
    /// <summary>The results as <typeparamref name="T"/>; empty on 702 or failure.</summary>
    public IReadOnlyList<T> Items<T>() => Envelope?.ResultsAs<T>() ?? [];

    /// <summary>
    /// The results as a page of <see cref="ReadOutcome"/>, read one by one: an unreadable one is named rather
    /// than thrown (marketo.md D11). Empty on 702 or failure.
    /// </summary>
    public MarketoPage<T> Page<T>() => Envelope?.ReadPage<T>(ReadOutcome) ?? new MarketoPage<T>(ReadOutcome, [], null, false);

    /// <summary>For a read: a refusal of the call is a stop (there are no records to pin it on).</summary>
    public MarketoCallOutcome ReadOutcome => Rejection is null
        ? Outcome
        : MarketoCallOutcome.Stopped(Rejection.Code, $"Marketo refused the query: {Rejection.Message}");

    public override string ToString() => $"{Outcome}; {Envelope}";
}
