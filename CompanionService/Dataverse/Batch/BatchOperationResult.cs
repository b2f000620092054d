using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>How one request of a <c>$batch</c> ended, and its response body (a GET's rows).</summary>
/// <param name="Operation">The request.</param>
/// <param name="Outcome">Its outcome: a 412 is LostRace, a request after a stop NotExecuted.</param>
/// <param name="Body">The inner response body; empty for 204 and when none arrived.</param>
public sealed record BatchOperationResult(BatchOperation Operation, DataverseOutcome Outcome, string Body)
{
    public override string ToString() => $"{Operation}: {Outcome}";
}
