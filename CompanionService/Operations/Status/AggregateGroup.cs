namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>One group of an aggregate: the group columns' values (as text; null for an empty column) and its row count.</summary>
internal sealed record AggregateGroup(IReadOnlyList<string?> Values, long Count);
