using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// The result of a push (sync or delete) of any number of records: one <see cref="MarketoOutcome"/>
/// per input, at the input's position, plus how the calls ended as a whole.
/// </summary>
/// <param name="Call">The most serious call-level outcome of the batch's Marketo calls.</param>
/// <param name="Records">Outcomes in input order: <c>Records[i]</c> is the fate of input <c>i</c>.</param>
public sealed record MarketoPushResult(MarketoCallOutcome Call, IReadOnlyList<MarketoOutcome> Records)
{
    /// <summary>An empty push: nothing sent, nothing to report.</summary>
    public static MarketoPushResult Empty { get; } = new(MarketoCallOutcome.Succeeded, []);

    /// <summary>How many records Marketo created, updated or deleted.</summary>
    public int SucceededCount => Records.Count(r => r.Succeeded);

    /// <summary>How many records Marketo or the client refused.</summary>
    public int SkippedCount => Records.Count(r => r.Status == MarketoRecordStatus.Skipped);

    /// <summary>How many records did not reach Marketo and stay retryable.</summary>
    public int NotSentCount => Records.Count(r => r.Status == MarketoRecordStatus.NotSent);

    public override string ToString() =>
        $"{Call}; {Records.Count} records: {SucceededCount} succeeded, {SkippedCount} skipped, {NotSentCount} not sent";
}
