namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>One dead-lettered queue row shown as an example of its reason: the row, the record it is about, its full error.</summary>
public sealed record DeadLetterExample(Guid QueueRowId, string? Entity, string? RecordId, DateTimeOffset? CreatedOn, string? LastError);
