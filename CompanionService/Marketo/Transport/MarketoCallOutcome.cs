using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// How a client call ended as a whole: Succeeded, RetryLater(delay, reason), QuotaExhausted(resetsAt)
/// or Stopped(code, message). A value, not an exception: the sync engine schedules or stops on it.
/// </summary>
public sealed record MarketoCallOutcome
{
    private MarketoCallOutcome(MarketoCallOutcomeKind kind) => Kind = kind;

    /// <summary>Which of the four endings this is.</summary>
    public MarketoCallOutcomeKind Kind { get; }

    /// <summary>For RetryLater: how long to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>For QuotaExhausted: when the daily quota resets (00:00 America/Chicago).</summary>
    public DateTimeOffset? ResetsAt { get; private init; }

    /// <summary>For QuotaExhausted: the client's count of today's calls when it stopped.</summary>
    public MarketoQuotaState? Quota { get; private init; }

    /// <summary>Marketo's code (e.g. "606", "603") or "HTTP 503"; null when the call succeeded.</summary>
    public string? Code { get; private init; }

    /// <summary>What went wrong and what to do next, for a person; never contains a secret.</summary>
    public string? Message { get; private init; }

    /// <summary>True when the run may go on.</summary>
    public bool IsSuccess => Kind == MarketoCallOutcomeKind.Succeeded;

    public static MarketoCallOutcome Succeeded { get; } = new(MarketoCallOutcomeKind.Succeeded);

    public static MarketoCallOutcome RetryLater(TimeSpan delay, string? code, string reason) =>
        new(MarketoCallOutcomeKind.RetryLater) { RetryAfter = delay, Code = code, Message = reason };

    public static MarketoCallOutcome QuotaExhausted(MarketoQuotaState quota, string? code, string reason) =>
        new(MarketoCallOutcomeKind.QuotaExhausted)
        {
            ResetsAt = quota.ResetsAt, Quota = quota, Code = code, Message = reason,
        };

    public static MarketoCallOutcome Stopped(string? code, string message) =>
        new(MarketoCallOutcomeKind.Stopped) { Code = code, Message = message };

    /// <summary>
    /// The more serious of two outcomes of the calls of one batch: QuotaExhausted, then Stopped, then
    /// RetryLater (the longest delay), then Succeeded.
    /// </summary>
    public static MarketoCallOutcome Worst(MarketoCallOutcome a, MarketoCallOutcome b)
    {
        if (Rank(a.Kind) != Rank(b.Kind))
        {
            return Rank(a.Kind) > Rank(b.Kind) ? a : b;
        }

        return (a.RetryAfter ?? TimeSpan.Zero) >= (b.RetryAfter ?? TimeSpan.Zero) ? a : b;
    }

    private static int Rank(MarketoCallOutcomeKind kind) => kind switch
    {
        MarketoCallOutcomeKind.QuotaExhausted => 3,
        MarketoCallOutcomeKind.Stopped => 2,
        MarketoCallOutcomeKind.RetryLater => 1,
        _ => 0,
    };

    public override string ToString() => Kind switch
    {
        MarketoCallOutcomeKind.Succeeded => "Succeeded",
        MarketoCallOutcomeKind.RetryLater => $"RetryLater after {RetryAfter}: {Code} {Message}",
        MarketoCallOutcomeKind.QuotaExhausted => $"QuotaExhausted until {ResetsAt:O}: {Code} {Message}",
        _ => $"Stopped: {Code} {Message}",
    };
}
