using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// Arranges rows straight in the emulator's organisation (no plug-in runs: a seeded lead queues nothing) and reads
/// them back, so the tests assert on what Dataverse holds rather than on what the client says it did.
/// </summary>
internal static class LoopbackRows
{
    public static Guid SeedRow(this InMemoryOrganization org, string table, params (string Column, object? Value)[] columns)
    {
        var row = new Entity(table);
        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return org.Seed(row);
    }

    public static Guid SeedLead(this InMemoryOrganization org, string lastName, string? email = null) =>
        org.SeedRow(DataverseSchema.Lead.EntityName, ("firstname", "Ada"), ("lastname", lastName), ("emailaddress1", email));

    public static Guid SeedAccount(this InMemoryOrganization org, string name) =>
        org.SeedRow(DataverseSchema.Account.EntityName, ("name", name));

    /// <summary>A queue row as the plug-in writes it, in <paramref name="status"/>; createdon is the organisation's clock now.</summary>
    public static Guid SeedQueueRow(
        this InMemoryOrganization org, QueueStatus status = QueueStatus.Pending, QueueLane lane = QueueLane.Live,
        DateTimeOffset? nextAttemptOn = null, string entity = "lead")
    {
        var record = Guid.NewGuid().ToString("D");
        return org.SeedRow(Q.EntityName,
            (Q.Name, $"{entity} {record}: Upsert"),
            (Q.Entity, entity),
            (Q.RecordId, record),
            (Q.Operation, new OptionSetValue((int)QueueOperation.Upsert)),
            (Q.Status, new OptionSetValue((int)status)),
            (Q.Lane, new OptionSetValue((int)lane)),
            (Q.Attempts, status == QueueStatus.Pending ? 0 : 1),
            (Q.NextAttemptOn, nextAttemptOn?.UtcDateTime));
    }

    public static List<Guid> SeedPendingQueueRows(this InMemoryOrganization org, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => org.SeedQueueRow())];

    public static Entity Row(this InMemoryOrganization org, string table, Guid id) =>
        org.Find(table, id) ?? throw new AssertionException($"{table} {id:D} does not exist.");

    public static QueueStatus QueueStatusOf(this InMemoryOrganization org, Guid id) =>
        (QueueStatus)org.Row(Q.EntityName, id).GetAttributeValue<OptionSetValue>(Q.Status)!.Value;

    /// <summary>The queue rows about <paramref name="record"/>: what a plug-in queued for it.</summary>
    public static IReadOnlyList<Entity> QueueRowsFor(this InMemoryOrganization org, Guid record) =>
        [.. org.Rows(Q.EntityName).Where(r => r.GetAttributeValue<string>(Q.RecordId) == record.ToString("D"))];

    public static long VersionOf(this InMemoryOrganization org, string table, Guid id) =>
        org.Row(table, id).GetAttributeValue<long>("versionnumber");
}
