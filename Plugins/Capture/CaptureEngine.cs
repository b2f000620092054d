using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// Decides, for one change reported by the platform, the queue row it must produce: none or one. Pure: no SDK,
/// no service, no clock, so every rule is a unit test (architecture.md §3 step 2). The adapter supplies the change and
/// the settings, and writes the row.
/// </summary>
internal static class CaptureEngine
{
    /// <summary>The queue item for <paramref name="change"/>, or null when the change does not matter to Marketo.</summary>
    /// <exception cref="FormatException">An id the decision needs is missing or not a GUID.</exception>
    /// <exception cref="InvalidCastException">A column holds a value of the wrong type (e.g. text in a lookup).</exception>
    public static QueueItem? Decide(ChangeDescription change, SyncSettings settings)
    {
        var syncedColumns = SyncedColumns.For(change.EntityName);
        if (syncedColumns.Length == 0 || !settings.IsEnabled(change.EntityName))
        {
            return null;
        }

        switch (change.EntityName)
        {
            case DataverseSchema.Connection.EntityName:
                return ConnectionCapture.Decide(change, syncedColumns);
            case DataverseSchema.ConnectionRole.EntityName:
                return ConnectionRoleCapture.Decide(change, syncedColumns);
            default:
                // Team-owned rows take the same path: the row carries no owner, the worker reads the current
                // owner and resolves it.
                return RecordCapture.Decide(change, syncedColumns);
        }
    }
}
