using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// The secondary indexes the store keeps (architecture.md §7). Only the sync queue grows without bound, and
/// the drain's due read (architecture.md §3.8: <c>msi_status</c> eq Pending, or eq RetryScheduled with
/// <c>msi_nextattempton</c> come, sorted by <c>msi_lane</c>, <c>createdon</c>, key) must not scan it: so its status
/// is indexed in that order, and in key order for paged reads without <c>$orderby</c>. Its record lookups are indexed
/// too (rows without the lookup are not in the index), so deleting a record removes its links (dataverse.md §3.5) at
/// the cost of its own rows. Every other table is read by scanning; rows by id need no index.
/// </summary>
internal static class DeclaredIndexes
{
    private static readonly IReadOnlyList<IndexDefinition> Queue =
    [
        new(Tables.SyncQueueItem, SyncQueue.Status, [SyncQueue.Lane, Columns.CreatedOn, TableCatalog.PrimaryKeyOf(Tables.SyncQueueItem)]),
        new(Tables.SyncQueueItem, SyncQueue.Status, [TableCatalog.PrimaryKeyOf(Tables.SyncQueueItem)]),
        Link(SyncQueue.LeadId),
        Link(SyncQueue.ContactId),
        Link(SyncQueue.AccountId),
        Link(SyncQueue.OpportunityId),
        Link(SyncQueue.SystemUserId),
    ];

    public static IReadOnlyList<IndexDefinition> Of(string table) => table == Tables.SyncQueueItem ? Queue : [];

    /// <summary>A record lookup of the queue, in key order: deleting a record finds the rows to unlink without a scan.</summary>
    private static IndexDefinition Link(string lookup) =>
        new(Tables.SyncQueueItem, lookup, [TableCatalog.PrimaryKeyOf(Tables.SyncQueueItem)]);
}
