using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>The groups of an aggregate query, how the request ended, and whether Dataverse refused it for its row limit.</summary>
internal sealed record AggregateAnswer(IReadOnlyList<AggregateGroup> Groups, DataverseOutcome Outcome, bool OverLimit);
