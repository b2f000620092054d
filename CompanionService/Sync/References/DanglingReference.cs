using MsiDynamics.CompanionService.Sync.Collapse;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// A reference Marketo lacks whose target is gone from Dynamics too: <see cref="Referrer"/> is not pushed dangling; its
/// row ends DeadLettered with <see cref="Reason"/> (architecture.md §3.9).
/// </summary>
internal sealed record DanglingReference(RecordKey Referrer, RecordKey Target)
{
    /// <summary>The reason an admin reads in <c>msi_lasterror</c>.</summary>
    public string Reason => $"The {Target.Entity} {Target.RecordId} it refers to no longer exists in Dynamics and is not in Marketo.";
}
