using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Dataverse.Queue;

/// <summary>
/// A queue row this worker now holds (architecture.md §4): what changed, how, and the row's history. Its lease ends
/// at <see cref="QueueLease.ExpiresOn"/>; complete it before then with a <see cref="QueueCompletion"/>.
/// </summary>
/// <param name="Id">The <c>msi_syncqueueitemid</c>.</param>
/// <param name="Entity">Logical name of the changed row, e.g. <c>lead</c>.</param>
/// <param name="RecordId">The changed row's id; its text is the canonical GUID form written to Marketo's external ids.</param>
/// <param name="Operation">Upsert or Delete.</param>
/// <param name="PreviousStatus">Pending, RetryScheduled, or InProgress whose lease had lapsed.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="Lane">Live (from a plug-in) or Backfill.</param>
/// <param name="CreatedOn">When the plug-in wrote the row.</param>
public sealed record LeasedItem(
    Guid Id, string Entity, RecordId RecordId, QueueOperation Operation, QueueStatus PreviousStatus,
    int Attempts, QueueLane Lane, DateTimeOffset CreatedOn)
{
    /// <summary>The columns the lease reads.</summary>
    public static readonly string[] Columns =
        [Q.Id, Q.Entity, Q.RecordId, Q.Operation, Q.Payload, Q.Status, Q.Attempts, Q.Lane, Q.CorrelationId, Q.MarketoId, Q.CreatedOn];

    /// <summary>The JSON payload with what cannot be read later (a delete's identities, a connection's ends).</summary>
    public string? Payload { get; init; }

    /// <summary>The plug-in context's CorrelationId.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The id Marketo returned on an earlier attempt.</summary>
    public string? MarketoId { get; init; }

    /// <summary>
    /// The row as read by the lease query; null (a malformed row, left alone) when it lacks an id or an entity,
    /// or its record id is missing or not a GUID.
    /// </summary>
    public static LeasedItem? From(DataverseRow row)
    {
        if (row.GetGuid(Q.Id) is not { } id || row.GetString(Q.Entity) is not { Length: > 0 } entity
            || !RecordId.TryParse(row.GetString(Q.RecordId), out var recordId))
        {
            return null;
        }

        return new LeasedItem(
            id, entity, recordId,
            row.GetChoice<QueueOperation>(Q.Operation) ?? QueueOperation.Upsert,
            row.GetChoice<QueueStatus>(Q.Status) ?? QueueStatus.Pending,
            row.GetInt(Q.Attempts) ?? 0,
            row.GetChoice<QueueLane>(Q.Lane) ?? QueueLane.Live,
            row.GetDate(Q.CreatedOn) ?? DateTimeOffset.MinValue)
        {
            Payload = row.GetString(Q.Payload),
            CorrelationId = row.GetString(Q.CorrelationId),
            MarketoId = row.GetString(Q.MarketoId),
        };
    }

    public override string ToString() => $"{Entity} {RecordId}: {Operation} (queue row {Id:D}, attempt {Attempts + 1})";
}
