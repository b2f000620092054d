using System.Text.Json;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Sync.Source;

/// <summary>
/// Turns a queue row of the due read into a <see cref="DueRow"/>, or says why it cannot (architecture.md §3.8): its
/// entity is one no mapping knows, its record id is not a GUID, or its payload is not a JSON object.
/// </summary>
internal static class DueRowReader
{
    /// <summary>The columns the due read selects.</summary>
    public static readonly string[] Columns =
        [Q.Id, Q.Entity, Q.RecordId, Q.Operation, Q.Payload, Q.Status, Q.Attempts, Q.Lane, Q.CreatedOn];

    /// <summary>
    /// The row at <paramref name="sequence"/> in the read, readable or not; neither when it has no id, since such a
    /// row cannot even be dead-lettered.
    /// </summary>
    public static (DueRow? Row, UnreadableRow? Unreadable) Read(DataverseRow row, long sequence)
    {
        if (row.GetGuid(Q.Id) is not { } id)
        {
            return (null, null);
        }

        var attempts = row.GetInt(Q.Attempts) ?? 0;
        var entity = row.GetString(Q.Entity);
        var payload = row.GetString(Q.Payload);
        var reason = entity is null || (DefaultMapping.Columns(entity).Count == 0 && entity != DataverseSchema.ConnectionRole.EntityName) ? $"{Q.Entity} names no table the worker syncs."
            : !RecordId.TryParse(row.GetString(Q.RecordId), out _) ? $"{Q.RecordId} is not a GUID."
            : payload is not null && !IsJsonObject(payload) ? $"{Q.Payload} is not a JSON object."
            : null;
        if (reason is not null)
        {
            return (null, new UnreadableRow(id, attempts, reason));
        }

        RecordId.TryParse(row.GetString(Q.RecordId), out var recordId);
        return (new DueRow(
            id, entity!, recordId,
            row.GetChoice<QueueOperation>(Q.Operation) ?? QueueOperation.Upsert,
            row.GetChoice<QueueLane>(Q.Lane) ?? QueueLane.Live,
            row.GetDate(Q.CreatedOn) ?? DateTimeOffset.MinValue,
            sequence,
            row.GetChoice<QueueStatus>(Q.Status) ?? QueueStatus.Pending,
            attempts,
            payload), null);
    }

    private static bool IsJsonObject(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
