namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>Dead letters that share a reason (<see cref="DeadLetterReason"/>): how many were read, and up to three examples, newest first.</summary>
public sealed record DeadLetterGroup(string Reason, long Count, IReadOnlyList<DeadLetterExample> Examples);
