namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// What <c>status</c> reports (docs/operations.md has the JSON shape): the queue depth by status and lane, the oldest
/// due row, the dead letters by reason, the drain lease and its standbys, Marketo's quota and the forecast, and both
/// Dataverse costs today. <see cref="Problems"/> names every part that could not be read (its figures are then absent
/// or empty, never guessed).
/// </summary>
public sealed record StatusReport(
    DateTimeOffset At,
    IReadOnlyList<QueueCount> Depth,
    DateTimeOffset? OldestDueCreatedOn,
    IReadOnlyList<DueRows> Due,
    DeadLetterSummary DeadLetters,
    LeaseStatus Lease,
    MarketoForecast Marketo,
    DataverseCostsToday Dataverse,
    IReadOnlyList<string> Problems)
{
    /// <summary>How long the oldest due row has waited at <see cref="At"/>; null when none is due.</summary>
    public TimeSpan? OldestDueAge => OldestDueCreatedOn is { } created ? At - created : null;
}
