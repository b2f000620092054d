namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>Due queue rows (Pending, or RetryScheduled whose time has come) of one table in one lane; <see cref="AtLeast"/> as in <see cref="QueueCount"/>.</summary>
public sealed record DueRows(string Entity, string Lane, long Count, bool AtLeast);
