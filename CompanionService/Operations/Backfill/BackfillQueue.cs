using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// The queue as <c>backfill</c> writes it. <see cref="AlreadyQueuedAsync"/>: which records of a page already have a due
/// Backfill Upsert row (one GET per 500 ids: <c>msi_entity</c>, lane, due status and <c>Microsoft.Dynamics.CRM.In</c> on
/// <c>msi_recordid</c>), so a page re-sent after a kill adds nothing twice. <see cref="CreateAsync"/>: the page's rows in one
/// <c>CreateMultiple</c> (one request; every target is an operation, dataverse.md §0.12), all or none.
/// </summary>
internal sealed class BackfillQueue(DataverseQueries queries, DataverseTransport transport)
{
    /// <summary>Ids per check: 500 canonical GUIDs as parameter aliases keep the URL near 22,000 characters, under the 32,000 allowed.</summary>
    public const int IdsPerCheck = 500;

    public const string CreateMultipleAction = "Microsoft.Dynamics.CRM.CreateMultiple";

    public async Task<(HashSet<Guid> Queued, DataverseOutcome Outcome)> AlreadyQueuedAsync(string table, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var queued = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(IdsPerCheck))
        {
            var query = new DataverseQuery(Q.EntitySetName)
                .Select(Q.RecordId)
                .Where(ODataFilter.And(
                    ODataFilter.Eq(Q.Entity, table),
                    ODataFilter.Eq(Q.Lane, QueueLane.Backfill),
                    ODataFilter.Eq(Q.Operation, QueueOperation.Upsert),
                    ODataFilter.Or(ODataFilter.Eq(Q.Status, QueueStatus.Pending), ODataFilter.Eq(Q.Status, QueueStatus.RetryScheduled)),
                    ODataFilter.In(Q.RecordId, chunk.Select(id => id.ToString("D")))));
            var (rows, outcome) = await queries.ListAsync(query, "backfill.check", cancellationToken).ConfigureAwait(false);
            if (!outcome.IsSuccess)
            {
                return (queued, outcome);
            }

            queued.UnionWith(rows.Select(r => r.GetGuid(Q.RecordId)).OfType<Guid>());
        }

        return (queued, DataverseOutcome.Succeeded(200));
    }

    /// <summary><c>POST msi_syncqueueitems/Microsoft.Dynamics.CRM.CreateMultiple</c> with one Backfill row per item.</summary>
    public async Task<DataverseOutcome> CreateAsync(string table, IReadOnlyList<BackfillItem> items, Guid run, CancellationToken cancellationToken)
    {
        var targets = new JsonArray([.. items.Select(item => (JsonNode)Row(table, item, run))]);
        var body = new JsonObject { ["Targets"] = targets };
        var path = ODataUri.Name(Q.EntitySetName) + "/" + CreateMultipleAction;

        // Not repeat-safe: a create sent twice would queue twice. After an unknown outcome the next run's check finds
        // whatever it created.
        var request = DataverseRequest.Post(path, DataverseJson.Body(body), "backfill.create") with { Operations = items.Count };
        return (await transport.SendAsync(request, cancellationToken).ConfigureAwait(false)).Outcome;
    }

    /// <summary>
    /// The row the plug-in would write for an Upsert (its <c>QueueRow</c>): Pending, no attempts, named "lead {id}: Upsert",
    /// linked to its record — but in the Backfill lane, tagged with the run's id as its correlation id.
    /// </summary>
    public static JsonObject Row(string table, BackfillItem item, Guid run)
    {
        var id = item.RecordId.ToString("D");
        var row = new JsonObject
        {
            [ODataAnnotations.Type] = ODataAnnotations.TypeOf(Q.EntityName),
            [Q.Name] = $"{table} {id}: {QueueOperation.Upsert}",
            [Q.Entity] = table,
            [Q.RecordId] = id,
            [Q.Operation] = (int)QueueOperation.Upsert,
            [Q.Payload] = item.Payload,
            [Q.Status] = (int)QueueStatus.Pending,
            [Q.Attempts] = 0,
            [Q.CorrelationId] = run.ToString("D"),
            [Q.Lane] = (int)QueueLane.Backfill,
        };
        if (item is { LinkTable: { } linkTable, LinkId: { } linkId } && Q.LinkColumnFor(linkTable) is { } column
            && BackfillTables.InOrder.FirstOrDefault(t => t.LogicalName == linkTable) is { } target)
        {
            row[column + "@odata.bind"] = $"{target.EntitySetName}({linkId:D})";
        }

        return row;
    }
}
