using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// The <c>msi_syncqueueitem</c> row for a <see cref="QueueItem"/> (architecture.md §4): Pending, no attempts, in the Live
/// lane (the worker leases it before backfill rows), tagged with the operation's correlation id so a queue row
/// can be traced back to the save that made it, and linked to the record it is about when there is one.
/// </summary>
internal static class QueueRow
{
    public static Entity For(QueueItem item, Guid correlationId)
    {
        var row = new Entity(DataverseSchema.SyncQueueItem.EntityName);
        row[DataverseSchema.SyncQueueItem.Name] = item.Name;
        row[DataverseSchema.SyncQueueItem.Entity] = item.Entity;
        row[DataverseSchema.SyncQueueItem.RecordId] = item.RecordId.ToString();
        row[DataverseSchema.SyncQueueItem.Operation] = new OptionSetValue((int)item.Operation);
        row[DataverseSchema.SyncQueueItem.Payload] = Clip(item.Payload, DataverseSchema.SyncQueueItem.PayloadMaxLength);
        row[DataverseSchema.SyncQueueItem.Status] = new OptionSetValue((int)QueueStatus.Pending);
        row[DataverseSchema.SyncQueueItem.Attempts] = 0;
        row[DataverseSchema.SyncQueueItem.CorrelationId] = correlationId.ToString("D");
        row[DataverseSchema.SyncQueueItem.Lane] = new OptionSetValue((int)QueueLane.Live);
        if (item.Link is { } link && DataverseSchema.SyncQueueItem.LinkColumnFor(link.LogicalName) is { } column)
        {
            // In the same Create: the record's sync status costs no further call (architecture.md §4).
            row[column] = new EntityReference(link.LogicalName, link.Id);
        }

        return row;
    }

    /// <summary>
    /// Never reached by a payload of the engine (its strings are clipped: <see cref="PayloadWriter.MaxStringLength"/>),
    /// but a payload over the column's length would fail the platform's Create and with it the user's save.
    /// </summary>
    private static string Clip(string text, int maxLength) =>
        text.Length <= maxLength ? text : text.Substring(0, maxLength);
}
