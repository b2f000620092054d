namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// The dead letters grouped by reason; <see cref="Read"/> rows were counted. Exact (every dead letter) unless
/// <see cref="Truncated"/>: then the aggregate was refused (over 50,000) and the counts are those of the newest 5,000,
/// or some of the rows written before <c>msi_reason</c> existed were not read; the queue depth has the total.
/// </summary>
public sealed record DeadLetterSummary(long Read, bool Truncated, IReadOnlyList<DeadLetterGroup> Groups)
{
    public static readonly DeadLetterSummary None = new(0, false, []);
}
