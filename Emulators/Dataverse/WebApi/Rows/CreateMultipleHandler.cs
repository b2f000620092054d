using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// <c>POST set/Microsoft.Dynamics.CRM.CreateMultiple</c> with <c>{"Targets":[…]}</c> (dataverse.md §0.13, §6): all
/// targets are created in one transaction, each through the Create pipeline (the platform runs the steps registered on
/// Create for every target of CreateMultiple), and one failure rolls all of them back and is the answer. 200 with
/// <c>{"Ids":[…]}</c>, the new ids in the order of the targets.
/// </summary>
internal static class CreateMultipleHandler
{
    public const string Message = "CreateMultiple";

    public static ApiResponse CreateMultiple(ApiCall call, TableMetadata table)
    {
        var targets = BulkTargets.Read(call, table, Message);
        var ids = new List<Guid>();
        call.Context.Organization.RunInTransaction(() =>
        {
            ids.AddRange(targets.Select(target => call.Service.Create(target.Row)));
            return true;
        });

        var body = new JsonObject
        {
            ["@odata.context"] = call.ContextUrl("Microsoft.Dynamics.CRM.CreateMultipleResponse"),
            ["Ids"] = new JsonArray([.. ids.Select(id => (JsonNode)id.ToString("D"))]),
        };
        return ApiResponse.Json(200, body);
    }
}
