using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// <c>POST set/Microsoft.Dynamics.CRM.UpdateMultiple</c> with <c>{"Targets":[{"@odata.type":"Microsoft.Dynamics.CRM.x",
/// "&lt;key&gt;":"…", …}]}</c>: every target must name its type and key; all targets are updated in one transaction,
/// each through the Update pipeline (the steps registered on Update run per target, as on the platform), and one
/// failure rolls all of them back and is the answer. 204 on success. One request for the service protection
/// budget, however many targets (dataverse.md §6; architecture.md §3 write-back).
/// </summary>
internal static class UpdateMultipleHandler
{
    public static ApiResponse UpdateMultiple(ApiCall call, TableMetadata table)
    {
        var targets = CreateHandler.Body(call)["Targets"] as JsonArray
            ?? throw ApiException.BadRequest("UpdateMultiple needs the parameter 'Targets': an array of entities.");
        if (targets.Count == 0)
        {
            throw ApiException.BadRequest("UpdateMultiple needs at least one entity in 'Targets'.");
        }

        var rows = targets.Select((target, index) => Read(call, table, target, index)).ToList();
        call.Context.Organization.RunInTransaction(() =>
        {
            foreach (var row in rows)
            {
                call.Service.Update(row);
            }

            return true;
        });

        return ApiResponse.NoContent();
    }

    private static Entity Read(ApiCall call, TableMetadata table, JsonNode? target, int index)
    {
        if (target is not JsonObject entity)
        {
            throw ApiException.BadRequest($"Targets[{index}] of UpdateMultiple is not an entity.");
        }

        if (entity["@odata.type"] is null)
        {
            throw ApiException.BadRequest(
                $"Targets[{index}] of UpdateMultiple has no '@odata.type'; every target must name its type (\"{table.TypeName}\").");
        }

        var row = call.Reader.Read(table, entity, Guid.Empty);
        return row.Id != Guid.Empty
            ? row
            : throw ApiException.BadRequest($"Targets[{index}] of UpdateMultiple has no '{table.PrimaryKey}': the row to update must be named by its key.");
    }
}
