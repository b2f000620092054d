using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Settings;

/// <summary>
/// One <c>msi_syncstate</c> row (architecture.md §4): a value the worker instances share, such as the write-back's
/// activity paging token, with its row version for an optimistic update.
/// </summary>
/// <param name="Name">The key (<c>msi_name</c>).</param>
/// <param name="Value">The value (<c>msi_value</c>); null when the row is absent or empty.</param>
/// <param name="Id">The row's id; null when there is no row yet.</param>
/// <param name="ETag">The row version; pass it to <see cref="SyncStateStore.SetAsync"/> to update only an unchanged row.</param>
/// <param name="Outcome">Succeeded (also when there is no row), or why it could not be read.</param>
internal sealed record SyncStateEntry(string Name, string? Value, Guid? Id, string? ETag, DataverseOutcome Outcome)
{
    /// <summary>Whether the row exists.</summary>
    public bool Exists => Id is not null;

    public override string ToString() => $"sync state '{Name}': {(Exists ? "set" : "absent")}; {Outcome}";
}
