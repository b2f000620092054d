namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>Dead letters that share a reason (<c>msi_reason</c>, see <see cref="Dataverse.Queue.ShortReason"/>): how many there are (or were read, see <see cref="DeadLetterSummary"/>), and up to three examples, newest first.</summary>
public sealed record DeadLetterGroup(string Reason, long Count, IReadOnlyList<DeadLetterExample> Examples);
