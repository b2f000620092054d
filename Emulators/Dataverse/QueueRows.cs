using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Emulators.Dataverse;

/// <summary>
/// Arranges and inspects sync-queue rows directly in an emulated organisation, for benchmarks and demos
/// that need many rows without running a plug-in per row.
/// </summary>
public static class QueueRows
{
    /// <summary>Inserts <paramref name="count"/> Pending Live upserts of new <paramref name="entity"/> ids, as the plug-ins would write them.</summary>
    public static IReadOnlyList<Guid> SeedPending(InMemoryOrganization org, int count, string entity = DataverseSchema.Lead.EntityName)
    {
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var record = Guid.NewGuid().ToString("D");
            ids.Add(org.Seed(new Entity(Q.EntityName)
            {
                [Q.Name] = $"{entity} {record}: {QueueOperation.Upsert}",
                [Q.Entity] = entity,
                [Q.RecordId] = record,
                [Q.Operation] = new OptionSetValue((int)QueueOperation.Upsert),
                [Q.Status] = new OptionSetValue((int)QueueStatus.Pending),
                [Q.Lane] = new OptionSetValue((int)QueueLane.Live),
                [Q.Attempts] = 0,
            }));
        }

        return ids;
    }

    /// <summary>How many queue rows are in each status, by the status's name.</summary>
    public static IReadOnlyDictionary<string, int> CountByStatus(InMemoryOrganization org) =>
        org.Rows(Q.EntityName)
            .GroupBy(row => ((QueueStatus)(row.GetAttributeValue<OptionSetValue>(Q.Status)?.Value ?? 0)).ToString())
            .ToDictionary(group => group.Key, group => group.Count());
}
