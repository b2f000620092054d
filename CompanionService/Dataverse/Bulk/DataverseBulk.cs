using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse.Bulk;

/// <summary>
/// The bulk <c>UpdateMultiple</c> action: <c>POST {set}/Microsoft.Dynamics.CRM.UpdateMultiple</c> with
/// <c>{"Targets":[{"@odata.type":"Microsoft.Dynamics.CRM.{table}","{pk}":"{id}",…}]}</c> → 204, in chunks of
/// <see cref="DataverseOptions.UpdateMultipleBatchSize"/> targets. Each call is all-or-nothing. A table that refuses
/// the message (dataverse.md §0.13, <see cref="BulkRefusal"/>) gets its rows as <c>$batch</c>es of PATCHes with
/// <c>If-Match: *</c> instead, <see cref="DataverseOptions.UpdateFallbackBatchSize"/> a batch, each row with its own
/// outcome; the refusal is remembered for the process (<see cref="BulkSupport"/>). A call that fails because one of its
/// rows was deleted meanwhile (404) is sent again the same way, so only that row fails.
/// </summary>
public sealed class DataverseBulk(
    DataverseTransport transport, DataverseBatches batches, BulkSupport support, IOptions<DataverseOptions> options, ILogger<DataverseBulk> logger)
{
    /// <summary>The bound action's path segment.</summary>
    public const string UpdateMultipleAction = "Microsoft.Dynamics.CRM.UpdateMultiple";

    /// <summary>
    /// Writes <paramref name="targets"/> to existing rows of <paramref name="table"/>. After a call that was
    /// refused access, stayed unavailable or named a table Dataverse does not have (NotConfigured), the later chunks are not sent and share its outcome.
    /// </summary>
    public async Task<DataverseBulkResult> UpdateMultipleAsync(
        DataverseTable table, IReadOnlyList<RowUpdate> targets, string operation, CancellationToken cancellationToken = default)
    {
        if (support.Refuses(table))
        {
            return await UpdateByBatchAsync(table, targets, 0, operation, cancellationToken).ConfigureAwait(false);
        }

        var outcomes = new List<DataverseOutcome>(targets.Count);
        var requests = 0;
        DataverseOutcome? stop = null;
        foreach (var chunk in targets.Chunk(options.Value.UpdateMultipleBatchSize))
        {
            if (stop is not null)
            {
                outcomes.AddRange(Enumerable.Repeat(stop, chunk.Length));
                continue;
            }

            var path = ODataUri.Name(table.EntitySetName) + "/" + UpdateMultipleAction;

            // Safe to repeat: it sets the same values on existing rows and creates none.
            // The entitlement counts every target of a bulk message (dataverse.md §0.12).
            var request = DataverseRequest.Post(path, DataverseJson.Body(Body(table, chunk)), operation) with { RepeatSafe = true, Operations = chunk.Length };
            var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            requests++;
            if (BulkRefusal.IsRefusal(reply.Outcome, UpdateMultipleAction))
            {
                // Refused whole before any row was written: this chunk and the rest go row by row.
                if (support.Remember(table, reply.Outcome.Error?.ToString() ?? string.Empty))
                {
                    Log.BulkRefused(logger, table.LogicalName, reply.Outcome.Error?.ToString() ?? string.Empty);
                }

                var rest = await UpdateByBatchAsync(table, [.. targets.Skip(outcomes.Count)], requests, operation, cancellationToken).ConfigureAwait(false);
                return new DataverseBulkResult([.. outcomes, .. rest.Outcomes], rest.HttpRequests) { ByBatch = true };
            }

            if (reply.Outcome.Kind == DataverseOutcomeKind.NotFound && chunk.Length > 1)
            {
                // All-or-nothing: one row deleted meanwhile fails the whole call. Row by row, the others are written
                // and only the deleted one answers NotFound.
                var rows = await UpdateByBatchAsync(table, chunk, 0, operation, cancellationToken).ConfigureAwait(false);
                requests += rows.HttpRequests;
                outcomes.AddRange(rows.Outcomes);
                continue;
            }

            outcomes.AddRange(Enumerable.Repeat(reply.Outcome, chunk.Length));
            if (reply.Outcome.Kind is DataverseOutcomeKind.AccessDenied or DataverseOutcomeKind.Unavailable or DataverseOutcomeKind.NotConfigured)
            {
                stop = reply.Outcome;
            }
        }

        return new DataverseBulkResult(outcomes, requests);
    }

    /// <summary>The request body: every target typed and keyed, then its columns.</summary>
    public static JsonObject Body(DataverseTable table, IEnumerable<RowUpdate> targets)
    {
        var array = new JsonArray();
        foreach (var target in targets)
        {
            var row = new JsonObject
            {
                [ODataAnnotations.Type] = ODataAnnotations.TypeOf(table.LogicalName),
                [table.PrimaryKey] = target.Id.ToString("D"),
            };
            foreach (var (name, value) in Columns(table, target))
            {
                row[name] = value?.DeepClone();
            }

            array.Add(row);
        }

        return new JsonObject { ["Targets"] = array };
    }

    /// <summary>
    /// One PATCH per row with <c>If-Match: *</c> (an update never creates, Decision 7), in <c>$batch</c>es that run every
    /// request (continue-on-error) and hold no change set, so each row has its own outcome; a missing row is NotFound.
    /// </summary>
    private async Task<DataverseBulkResult> UpdateByBatchAsync(
        DataverseTable table, IReadOnlyList<RowUpdate> targets, int requestsSoFar, string operation, CancellationToken cancellationToken)
    {
        var batch = new DataverseBatch { ContinueOnError = true, MaxRequestsPerBatch = options.Value.UpdateFallbackBatchSize };
        foreach (var target in targets)
        {
            var changes = new JsonObject();
            foreach (var (name, value) in Columns(table, target))
            {
                changes[name] = value?.DeepClone();
            }

            batch.Add(BatchOperation.Update(table.EntitySetName, target.Id, changes, DataverseRequest.AnyVersion));
        }

        var result = await batches.ExecuteAsync(batch, operation, cancellationToken).ConfigureAwait(false);
        return new DataverseBulkResult([.. result.Results.Select(r => r.Outcome)], requestsSoFar + result.HttpRequests) { ByBatch = true };
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Columns(DataverseTable table, RowUpdate target) =>
        target.Columns.Where(c => c.Key != table.PrimaryKey);
}
