using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;
using MsiDynamics.Emulators.Dataverse.WebApi.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Rows;

namespace MsiDynamics.Emulators.Dataverse.SystemTables;

/// <summary>
/// <c>GET systemusers(id)/systemuserroles_association?$select=name</c>: the security roles of one user, through the
/// many-to-many relationship between systemuser and role (Microsoft Learn, "systemuser EntityType": collection-valued
/// navigation property <c>systemuserroles_association</c>). Only <c>$select</c> is taken; the answer is a roles collection.
/// </summary>
internal static class UserRolesHandler
{
    public const string NavigationProperty = "systemuserroles_association";

    public static ApiResponse Read(ApiCall call, TableMetadata users, string keyText)
    {
        foreach (var (name, _) in call.Request.Query)
        {
            if (name != "$select")
            {
                throw CollectionOptions.Refusal(name);
            }
        }

        var key = RowKey.Parse(users, keyText);
        var userId = key.Find(call) ?? throw key.Missing();
        var roles = call.Sets.ByLogicalName(RegistrationTables.Role) ?? throw ApiException.ResourceNotFound(NavigationProperty);
        var selection = Selection.Parse(roles, call.Request.Option("$select"));
        var organization = call.Context.Organization;
        var rows = organization.Rows(SolutionRows.UserRoles)
            .Where(r => r.GetAttributeValue<Guid>("systemuserid") == userId)
            .Select(r => organization.Find(RegistrationTables.Role, r.GetAttributeValue<Guid>("roleid")))
            .OfType<Entity>();
        var writer = call.Writer;
        return ApiResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = call.ContextUrl(roles.EntitySetName + selection.ContextSuffix),
            ["value"] = new JsonArray([.. rows.Select(r => (JsonNode)writer.Write(roles, r, selection.Columns))]),
        });
    }
}
