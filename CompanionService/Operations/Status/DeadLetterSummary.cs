namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// The dead letters grouped by reason. <see cref="Read"/> rows were grouped, the newest first; when fewer than all
/// (<see cref="Truncated"/>), the counts are those of the newest <see cref="Read"/> and the queue depth has the total.
/// </summary>
public sealed record DeadLetterSummary(long Read, bool Truncated, IReadOnlyList<DeadLetterGroup> Groups)
{
    public static readonly DeadLetterSummary None = new(0, false, []);
}
