using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Collapse;

/// <summary>
/// One due <c>msi_syncqueueitem</c> row as the collapse sees it (architecture.md §4): Pending, or RetryScheduled whose
/// <c>msi_nextattempton</c> has come. A row says only <em>that</em> a record changed and with which intent; the drain
/// pushes the record's state read at push time (dataverse.md §0.10).
/// </summary>
/// <param name="Id">The <c>msi_syncqueueitemid</c>.</param>
/// <param name="Entity">Logical name of the changed row, e.g. <c>lead</c>; for a connection, <c>connection</c>.</param>
/// <param name="RecordId">The changed row's id; for a connection, the master half's id (dataverse.md §0.4).</param>
/// <param name="Operation">Upsert or Delete.</param>
/// <param name="Lane">Live (from a plug-in) or Backfill.</param>
/// <param name="CreatedOn">When the plug-in (or the backfill) wrote the row.</param>
/// <param name="Sequence">
/// Orders rows with the same <paramref name="CreatedOn"/>: a higher value was written later, e.g. the row's position
/// in the lease read, which is ordered by <c>createdon</c>.
/// </param>
/// <param name="Status">Pending or RetryScheduled; both take part alike.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="Payload">The JSON the plug-in wrote: what cannot be read later (a delete's identities, a connection's ends and previous role).</param>
internal sealed record DueRow(
    Guid Id, string Entity, RecordId RecordId, QueueOperation Operation, QueueLane Lane,
    DateTimeOffset CreatedOn, long Sequence, QueueStatus Status, int Attempts, string? Payload)
{
    /// <summary>The record this row is about.</summary>
    public RecordKey Record => new(Entity, RecordId);

    /// <summary>
    /// Creation order: <c>createdon</c>, then <see cref="Sequence"/>; the row id last, only so that the order of two rows
    /// given the same position is still the same every cycle.
    /// </summary>
    public static int CompareCreation(DueRow left, DueRow right)
    {
        var byTime = left.CreatedOn.CompareTo(right.CreatedOn);
        if (byTime != 0)
        {
            return byTime;
        }

        var bySequence = left.Sequence.CompareTo(right.Sequence);
        return bySequence != 0 ? bySequence : left.Id.CompareTo(right.Id);
    }

    public override string ToString() => $"{Entity} {RecordId}: {Operation} (queue row {Id:D})";
}
