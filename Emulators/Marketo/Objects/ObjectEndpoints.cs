using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The four endpoints every non-lead object has (marketo.md §3.1): sync (<c>POST {base}.json</c>),
/// query (<c>GET {base}.json</c>, or <c>POST …?_method=GET</c>), delete (<c>POST {base}/delete.json</c>) and
/// describe (<c>GET {base}/describe.json</c>).
/// </summary>
internal static class ObjectEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        Map(app, "salespersons", SalesPersonSchema.Schema);
        Map(app, "companies", CompanySchema.Schema);
        Map(app, "opportunities", OpportunitySchema.Schema);
        Map(app, "opportunities/roles", OpportunityRoleSchema.Schema);
    }

    private static void Map<T>(IEndpointRouteBuilder app, string resource, ObjectSchema<T> schema)
        where T : MarketoRecord
    {
        MarketoRoutes.Map(
            app,
            $"/rest/v1/{resource}.json",
            MarketoRoutes.Post(call => ObjectSync.Run(call, schema)),
            MarketoRoutes.Get(call => ObjectQuery.Run(call, schema)));
        MarketoRoutes.Map(app, $"/rest/v1/{resource}/delete.json", MarketoRoutes.Post(call => ObjectDelete.Run(call, schema)));
        MarketoRoutes.Map(app, $"/rest/v1/{resource}/describe.json", MarketoRoutes.Get(call => Describe(call, schema)));
    }

    /// <summary>
    /// Describe: <c>{name, createdAt, updatedAt, idField, dedupeFields, searchableFields, fields}</c>
    /// (marketo.md §3.2–§3.6; the shape of DEV companies.md's example).
    /// </summary>
    private static MarketoResponse Describe<T>(MarketoCall call, ObjectSchema<T> schema)
        where T : MarketoRecord
    {
        var since = FieldValues.Timestamp(call.Context.StartedAt);
        var describe = new JsonObject
        {
            ["name"] = schema.Name,
            ["description"] = schema.Name + " object",
            ["createdAt"] = since,
            ["updatedAt"] = since,
            ["idField"] = schema.IdField,
            ["dedupeFields"] = new JsonArray([.. schema.DedupeFields.Select(f => (JsonNode)f)]),
            ["searchableFields"] = new JsonArray([.. schema.SearchableFields.Select(s => (JsonNode)new JsonArray([.. s.Select(f => (JsonNode)f)]))]),
            ["fields"] = new JsonArray([.. schema.AllFields.Select(f => (JsonNode)f.ToDescribe())]),
        };
        return call.Ok(new JsonArray(describe));
    }
}
