using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// The relationships whose delete behaviour is "Remove Link" (dataverse.md §3.5): deleting the referenced record
/// clears the lookup on every row that points at it, in the same transaction, and leaves those rows in place. The
/// solution declares it for the sync queue's record lookups (architecture.md §4), so deleting a lead keeps its queue
/// rows, unlinked. The platform clears the links itself: no Update request runs and no step fires for them.
/// Other relationships (a connection's ends, parental ones) are not emulated here.
/// </summary>
internal static class RemovedLinks
{
    private static readonly (string ReferencingTable, string Lookup, string ReferencedTable)[] Relationships =
    [
        (Tables.SyncQueueItem, SyncQueue.LeadId, Tables.Lead),
        (Tables.SyncQueueItem, SyncQueue.ContactId, Tables.Contact),
        (Tables.SyncQueueItem, SyncQueue.AccountId, Tables.Account),
        (Tables.SyncQueueItem, SyncQueue.OpportunityId, Tables.Opportunity),
        (Tables.SyncQueueItem, SyncQueue.SystemUserId, Tables.SystemUser),
    ];

    /// <summary>Clears every declared lookup that names the deleted row <paramref name="entityName"/> <paramref name="id"/>.</summary>
    public static void Clear(OperationScope scope, string entityName, Guid id)
    {
        foreach (var (table, lookup, _) in Relationships.Where(r => r.ReferencedTable == entityName))
        {
            foreach (var row in Naming(scope, table, lookup, id))
            {
                var unlinked = new Entity(table, row.Id) { [lookup] = null };
                scope.Org.Store.Put(scope.Org.Defaults.ForUpdate(row, unlinked, scope.Run.UserId, scope.Org.UtcNow));
            }
        }
    }

    // Through the lookup's index (DeclaredIndexes), copied out before the rows change; a table never written has none.
    private static List<Entity> Naming(OperationScope scope, string table, string lookup, Guid id) =>
        scope.Org.Store.IndexesOf(table).FirstOrDefault(i => i.Definition.KeyColumn == lookup) is { } index
            ? [.. index.Rows(id, after: null)]
            : [];
}
