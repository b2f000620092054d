namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>
/// One part of a <c>$batch</c>: a single request, or a change set whose requests succeed or fail together
/// (dataverse.md §6; no GET inside a change set).
/// </summary>
/// <param name="Operations">One request, or the change set's requests in order.</param>
/// <param name="IsChangeSet">True for an atomic change set.</param>
public sealed record BatchPart(IReadOnlyList<BatchOperation> Operations, bool IsChangeSet)
{
    public override string ToString() => IsChangeSet ? $"change set of {Operations.Count}" : Operations[0].ToString();
}
