using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Settings;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// The write-back's two <c>msi_syncstate</c> rows (architecture.md §4): the activity position (<see cref="ActivityCursor"/>)
/// and the reconcile's progress (<see cref="ReconcilePosition"/>). Only the drain lease's holder writes them, so a plain
/// update (<c>If-Match: *</c>) of the row read before is enough: one GET, then one PATCH per save (a POST the first time).
/// </summary>
internal sealed class WriteBackStateStore(SyncStateStore store)
{
    private SyncStateEntry? _cursorRow;
    private SyncStateEntry? _reconcileRow;

    public async Task<(ActivityCursor? Cursor, DataverseOutcome Outcome)> GetCursorAsync(CancellationToken cancellationToken)
    {
        var entry = await store.GetAsync(ActivityCursor.Key, cancellationToken).ConfigureAwait(false);
        _cursorRow = entry.Outcome.IsSuccess ? entry with { ETag = null } : null;
        return (ActivityCursor.Parse(entry.Value), entry.Outcome);
    }

    public async Task<DataverseOutcome> SetCursorAsync(ActivityCursor cursor, CancellationToken cancellationToken)
    {
        var outcome = await store.SetAsync(ActivityCursor.Key, cursor.ToText(), _cursorRow, cancellationToken).ConfigureAwait(false);
        _cursorRow = Remember(_cursorRow, ActivityCursor.Key, outcome);
        return outcome;
    }

    public async Task<(ReconcilePosition Position, DataverseOutcome Outcome)> GetReconcileAsync(CancellationToken cancellationToken)
    {
        var entry = await store.GetAsync(ReconcilePosition.Key, cancellationToken).ConfigureAwait(false);
        _reconcileRow = entry.Outcome.IsSuccess ? entry with { ETag = null } : null;
        return (ReconcilePosition.Parse(entry.Value), entry.Outcome);
    }

    public async Task<DataverseOutcome> SetReconcileAsync(ReconcilePosition position, CancellationToken cancellationToken)
    {
        var outcome = await store.SetAsync(ReconcilePosition.Key, position.ToText(), _reconcileRow, cancellationToken).ConfigureAwait(false);
        _reconcileRow = Remember(_reconcileRow, ReconcilePosition.Key, outcome);
        return outcome;
    }

    /// <summary>After a save, the row to update next time: the known one, the one just created, or none (read again).</summary>
    private static SyncStateEntry? Remember(SyncStateEntry? known, string key, DataverseOutcome outcome) =>
        !outcome.IsSuccess ? null
        : known is { Exists: true } ? known
        : outcome.Id is { } id ? new SyncStateEntry(key, null, id, null, outcome)
        : null;
}
