using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse.Bulk;

/// <summary>
/// The bulk <c>UpdateMultiple</c> action: <c>POST {set}/Microsoft.Dynamics.CRM.UpdateMultiple</c> with
/// <c>{"Targets":[{"@odata.type":"Microsoft.Dynamics.CRM.{table}","{pk}":"{id}",…}]}</c> → 204, in chunks of
/// <see cref="DataverseOptions.UpdateMultipleBatchSize"/> targets. Each call is all-or-nothing.
/// </summary>
public sealed class DataverseBulk(DataverseTransport transport, IOptions<DataverseOptions> options)
{
    /// <summary>
    /// Writes <paramref name="targets"/> to existing rows of <paramref name="table"/>. After a call that was
    /// refused access, stayed unavailable or named a table Dataverse does not have (NotConfigured), the later chunks are not sent and share its outcome.
    /// </summary>
    public async Task<DataverseBulkResult> UpdateMultipleAsync(
        DataverseTable table, IReadOnlyList<RowUpdate> targets, string operation, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<DataverseOutcome>(targets.Count);
        var requests = 0;
        DataverseOutcome? stop = null;
        foreach (var chunk in targets.Chunk(options.Value.UpdateMultipleBatchSize))
        {
            if (stop is null)
            {
                var path = ODataUri.Name(table.EntitySetName) + "/Microsoft.Dynamics.CRM.UpdateMultiple";
                // Safe to repeat: it sets the same values on existing rows and creates none.
                var request = DataverseRequest.Post(path, DataverseJson.Body(Body(table, chunk)), operation) with { RepeatSafe = true };
                var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
                requests++;
                outcomes.AddRange(Enumerable.Repeat(reply.Outcome, chunk.Length));
                if (reply.Outcome.Kind is DataverseOutcomeKind.AccessDenied or DataverseOutcomeKind.Unavailable or DataverseOutcomeKind.NotConfigured)
                {
                    stop = reply.Outcome;
                }
            }
            else
            {
                outcomes.AddRange(Enumerable.Repeat(stop, chunk.Length));
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
            foreach (var (name, value) in target.Columns)
            {
                if (name != table.PrimaryKey)
                {
                    row[name] = value?.DeepClone();
                }
            }

            array.Add(row);
        }

        return new JsonObject { ["Targets"] = array };
    }
}
