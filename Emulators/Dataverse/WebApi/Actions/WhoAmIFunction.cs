using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// <c>GET WhoAmI</c>: the caller's user, business unit and organisation, as Dataverse answers it; the cheapest
/// request a client can send to check its token and URL.
/// </summary>
internal static class WhoAmIFunction
{
    public static ApiResponse WhoAmI(ApiCall call)
    {
        var organization = call.Context.Organization;
        var body = new JsonObject
        {
            ["@odata.context"] = call.ContextUrl("Microsoft.Dynamics.CRM.WhoAmIResponse"),
            ["BusinessUnitId"] = organization.BusinessUnitId.ToString("D"),
            ["UserId"] = call.Request.UserId.ToString("D"),
            ["OrganizationId"] = organization.OrganizationId.ToString("D"),
        };
        return ApiResponse.Json(200, body);
    }
}
