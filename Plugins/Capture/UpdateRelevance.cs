namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// Whether an Update matters to Marketo: its <c>Target</c> holds at least one synced column and, when the step
/// has a pre-image, at least one of those columns differs from it. This is what keeps the worker's own
/// write-back (MSI columns, <c>msi_marketoleadid</c>) out of the queue even if an admin clears a step's
/// filtering attributes (dataverse.md §0.5), and what drops saves that re-send unchanged values.
/// </summary>
internal static class UpdateRelevance
{
    public static bool Matters(ChangeDescription change, string[] syncedColumns)
    {
        foreach (var column in syncedColumns)
        {
            if (!change.Target.TryGetValue(column, out var value))
            {
                continue;
            }

            // Without a pre-image there is nothing to compare with: a synced column was written, so it counts.
            if (change.PreImage is null || !ColumnValues.Same(value, ColumnValues.Get(change.PreImage, column)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The columns as they are after the change: the post-image where the step has one, else the pre-image
    /// overlaid with <c>Target</c>. A Create's post-image has the columns the platform defaulted too.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> After(ChangeDescription change)
    {
        var after = new Dictionary<string, object?>(StringComparer.Ordinal);
        Overlay(after, change.PreImage);
        Overlay(after, change.Target);
        Overlay(after, change.PostImage);
        return after;
    }

    private static void Overlay(Dictionary<string, object?> into, IReadOnlyDictionary<string, object?>? columns)
    {
        if (columns is null)
        {
            return;
        }

        foreach (var column in columns)
        {
            into[column.Key] = column.Value;
        }
    }
}
