using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>One queue row after the drain: the record it was captured for, its status, and what an admin reads on it.</summary>
internal sealed record CorpusQueueRow(string Entity, Guid? RecordId, QueueStatus Status, string? LastError, string? Reason)
{
    /// <summary>Every queue row of <paramref name="org"/>, oldest first.</summary>
    public static IReadOnlyList<CorpusQueueRow> Read(InMemoryOrganization org) =>
    [
        .. org.Rows(Q.EntityName).Select(row => new CorpusQueueRow(
            row.GetAttributeValue<string>(Q.Entity) ?? "(no table)",
            Guid.TryParse(row.GetAttributeValue<string>(Q.RecordId), out var id) ? id : null,
            (QueueStatus)(row.GetAttributeValue<OptionSetValue>(Q.Status)?.Value ?? 0),
            row.GetAttributeValue<string>(Q.LastError),
            row.GetAttributeValue<string>(Q.Reason))),
    ];

    public override string ToString() => $"{Entity} {RecordId} {Status}: {LastError}";
}
