using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>How one record's due rows ended in a cycle.</summary>
/// <param name="Entity">The Dynamics table, e.g. <c>lead</c>.</param>
/// <param name="RecordId">The Dynamics row's id (for a connection, the master half's).</param>
/// <param name="Operation">The intent pushed: Upsert or Delete.</param>
/// <param name="End">
/// The latest row's status: Succeeded, RetryScheduled, DeadLettered or Superseded; Pending when the cycle left the rows
/// due (quota spent, run stopped, backfill paused for the quota reserve).
/// </param>
/// <param name="Rows">How many queue rows of the record the cycle settled.</param>
/// <param name="Reason">What an admin reads in <c>msi_lasterror</c>; null on success.</param>
/// <param name="MarketoId">The Marketo id learnt, when the push succeeded and Marketo returned one.</param>
public sealed record DrainRecordResult(
    string Entity, Guid RecordId, QueueOperation Operation, QueueStatus End, int Rows, string? Reason, string? MarketoId)
{
    public override string ToString() =>
        $"{Entity} {RecordId:D} {Operation}: {End}" + (Reason is null ? string.Empty : $" ({Reason})");
}
