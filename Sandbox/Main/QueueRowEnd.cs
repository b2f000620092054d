using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Sandbox.Main;

/// <summary>How one queue row stands after the run: its table, its status and what an admin reads in <c>msi_lasterror</c>.</summary>
/// <param name="Entity">The Dynamics table the row was captured for.</param>
/// <param name="Status">Its status now.</param>
/// <param name="LastError">Its <c>msi_lasterror</c>; null when empty.</param>
/// <param name="RecordId">The id of the record it is about (<c>msi_recordid</c>).</param>
/// <param name="Operation">Its operation.</param>
/// <param name="Payload">What the plug-in wrote in <c>msi_payload</c>.</param>
internal sealed record QueueRowEnd(string Entity, QueueStatus Status, string? LastError, string? RecordId = null, QueueOperation? Operation = null, string? Payload = null)
{
    /// <summary>Whether the worker is done with the row: Succeeded, Superseded or DeadLettered; any other status is still due.</summary>
    public bool IsSettled => Status is QueueStatus.Succeeded or QueueStatus.Superseded or QueueStatus.DeadLettered;

    /// <summary>Every queue row of <paramref name="org"/>, oldest first.</summary>
    public static IReadOnlyList<QueueRowEnd> Read(InMemoryOrganization org) =>
    [
        .. org.Rows(Q.EntityName).Select(row => new QueueRowEnd(
            row.GetAttributeValue<string>(Q.Entity) ?? "(no table)",
            (QueueStatus)(row.GetAttributeValue<OptionSetValue>(Q.Status)?.Value ?? 0),
            row.GetAttributeValue<string>(Q.LastError) is { Length: > 0 } error ? error : null,
            row.GetAttributeValue<string>(Q.RecordId),
            row.GetAttributeValue<OptionSetValue>(Q.Operation) is { } operation ? (QueueOperation)operation.Value : null,
            row.GetAttributeValue<string>(Q.Payload))),
    ];
}
