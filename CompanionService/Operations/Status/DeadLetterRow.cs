namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>A dead letter as <c>status</c> read it: the example shown, its reason (stored in <c>msi_reason</c>, or derived from its error) and whether it was stored.</summary>
internal sealed record DeadLetterRow(DeadLetterExample Example, string Reason, bool Stored);
