using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The lead endpoints (marketo.md §3.1, §3.4) and the two Describes: <c>describe.json</c>, a list of
/// <c>{id, displayName, dataType, length, rest:{name, readOnly}, soap:{name, readOnly}}</c>, and
/// <c>describe2.json</c>, <c>{name:"API Lead", searchableFields, fields:[{name, displayName, dataType,
/// length, updateable, crmManaged}]}</c>.
/// </summary>
internal static class LeadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        MarketoRoutes.Map(
            app,
            "/rest/v1/leads.json",
            MarketoRoutes.Post(LeadSync.Run),
            MarketoRoutes.Get(LeadQuery.ByFilter),
            MarketoRoutes.Delete(LeadDelete.Run));
        MarketoRoutes.Map(app, "/rest/v1/lead/{id}.json", MarketoRoutes.Get(LeadQuery.ById));
        MarketoRoutes.Map(app, "/rest/v1/leads/delete.json", MarketoRoutes.Post(LeadDelete.Run));
        MarketoRoutes.Map(app, "/rest/v1/leads/describe.json", MarketoRoutes.Get(Describe));
        MarketoRoutes.Map(app, "/rest/v1/leads/describe2.json", MarketoRoutes.Get(Describe2));
    }

    private static MarketoResponse Describe(MarketoCall call)
    {
        var fields = LeadFields.For(call.Context.Options);
        var result = new JsonArray();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var entry = new JsonObject { ["id"] = i + 1, ["displayName"] = field.DisplayName, ["dataType"] = field.DataType };
            if (field.Length is { } length)
            {
                entry["length"] = length;
            }

            entry["rest"] = new JsonObject { ["name"] = field.Name, ["readOnly"] = !field.Updateable };
            entry["soap"] = new JsonObject { ["name"] = SoapName(field.Name), ["readOnly"] = !field.Updateable };
            result.Add(entry);
        }

        return call.Ok(result);
    }

    private static MarketoResponse Describe2(MarketoCall call)
    {
        var fields = LeadFields.For(call.Context.Options);
        var searchable = fields.Where(LeadFields.IsFilterable).Select(f => (JsonNode)new JsonArray(f.Name));
        var entries = fields.Select(f =>
        {
            var entry = f.ToDescribe();
            entry["crmManaged"] = false;
            return (JsonNode)entry;
        });
        var describe = new JsonObject
        {
            ["name"] = "API Lead",
            ["searchableFields"] = new JsonArray([.. searchable]),
            ["fields"] = new JsonArray([.. entries]),
        };
        return call.Ok(new JsonArray(describe));
    }

    private static string SoapName(string restName) =>
        char.ToUpper(restName[0], CultureInfo.InvariantCulture) + restName[1..];
}
