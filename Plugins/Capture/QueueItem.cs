using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// What the capture engine decided to put in the sync queue for one change: one row of
/// <c>msi_syncqueueitem</c> (architecture.md §4), before the adapter adds status, lane and correlation id.
/// </summary>
internal sealed class QueueItem
{
    public QueueItem(string entity, RecordId recordId, QueueOperation operation, string payload, RecordReference? link = null)
    {
        Entity = entity;
        RecordId = recordId;
        Operation = operation;
        Payload = payload;
        Link = link;
    }

    /// <summary>Logical name of the changed row ("lead", "connection", …).</summary>
    public string Entity { get; }

    /// <summary>The changed row's id (its text is the canonical form); for a connection, the master half's id.</summary>
    public RecordId RecordId { get; }

    public QueueOperation Operation { get; }

    /// <summary>
    /// The record the row's lookup links to (architecture.md §4): the changed record for an Upsert of lead, contact,
    /// account, opportunity or systemuser; a connection's opportunity; null for a connection role and for every
    /// Delete row, whose record is removed in the same transaction (the platform would clear the link at once).
    /// Not part of <see cref="CapturedKey"/>: it follows from the entity, the id and the payload.
    /// </summary>
    public RecordReference? Link { get; }

    /// <summary>JSON object with a <c>"v":1</c> version and what the worker cannot read later.</summary>
    public string Payload { get; }

    /// <summary>The row's primary name, e.g. "lead 3f2504e0-4f89-11d3-9a0c-0305e82c3301: Upsert" (at most 200 characters).</summary>
    public string Name
    {
        get
        {
            var name = Entity + " " + RecordId.ToString() + ": " + Operation.ToString();
            return name.Length <= DataverseSchema.SyncQueueItem.NameMaxLength
                ? name
                : name.Substring(0, DataverseSchema.SyncQueueItem.NameMaxLength);
        }
    }

    /// <summary>
    /// The SharedVariables key that marks this record as queued with this intent in this platform operation.
    /// The platform raises a child Update inside Assign, SetState and Merge and for an Update that mixes owner or
    /// state columns with others, and the child's PostOperation runs before the parent's (dataverse.md
    /// §0.3); the key, written on the root context too, lets the later pipeline see the earlier one. The
    /// payload's hash is part of the key, so a later row that knows more (a Merge's subordinate, a connection's
    /// previous role) is not dropped for an earlier plain one. A duplicate that still slips through is
    /// harmless: the worker collapses rows of one record to the latest intent and reads its current state.
    /// </summary>
    public string CapturedKey =>
        CaptureMessage.CapturedKeyPrefix + Entity + ":" + RecordId.ToString() + ":" + Operation.ToString() + ":" + PayloadHash();

    /// <summary>FNV-1a of the payload: stable across processes, unlike <see cref="string.GetHashCode()"/> on .NET.</summary>
    private string PayloadHash()
    {
        var hash = 2166136261u;
        foreach (var c in Payload)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
