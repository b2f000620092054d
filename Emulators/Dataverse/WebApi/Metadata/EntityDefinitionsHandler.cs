using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// <c>GET EntityDefinitions</c> (DOCS "Query table definitions using the Web API"; dataverse.md §3.4): the tables with
/// <c>$select</c> and a by-name <c>$filter</c>; one table by <c>(LogicalName='lead')</c> or MetadataId; and its
/// <c>Attributes</c>, optionally one by <c>(LogicalName='x')</c> and cast to a kind
/// (<c>/Microsoft.Dynamics.CRM.StringAttributeMetadata</c>), with <c>$select</c>, <c>$filter</c> and, on the choice
/// kinds, <c>$expand=OptionSet</c>. Other query options are answered 501.
/// </summary>
internal static class EntityDefinitionsHandler
{
    private const string EntityType = "Microsoft.Dynamics.CRM.EntityMetadata";

    public static ApiResponse Answer(ApiCall call, ResourcePath path)
    {
        Only(call, "$select", "$filter", path.Operation is null ? null : "$expand");
        if (path.Key is null)
        {
            return path.Operation is null ? Tables(call) : throw ApiException.ResourceNotFound(path.Operation);
        }

        var table = TableOf(call.Sets, path.Key);
        if (path.Operation is null)
        {
            var selected = Selected(call, EntityDefinitionJson.Properties, EntityType);
            var body = EntityDefinitionJson.Write(table, selected);
            body.Insert(0, "@odata.context", call.ContextUrl($"EntityDefinitions{Suffix(call)}/$entity"));
            return ApiResponse.Json(200, body);
        }

        return AttributesQuery.Answer(call, table, path.Operation);
    }

    /// <summary>The $select names, checked against <paramref name="allowed"/>; all of them when there is none.</summary>
    public static IReadOnlyCollection<string> Selected(ApiCall call, IReadOnlyList<string> allowed, string typeName)
    {
        if (call.Request.Option("$select") is not { Length: > 0 } select)
        {
            return allowed;
        }

        var names = select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.FirstOrDefault(n => !allowed.Contains(n)) is { } unknown
            ? throw ApiException.UnknownProperty(unknown, typeName)
            : names;
    }

    /// <summary>"(LogicalName,MaxLength)" for <c>@odata.context</c> when there is a $select, else "".</summary>
    public static string Suffix(ApiCall call) => call.Request.Option("$select") is { Length: > 0 } select ? $"({select})" : string.Empty;

    /// <summary>400 for a query option the metadata endpoints do not take (null entries are skipped).</summary>
    public static void Only(ApiCall call, params string?[] allowed)
    {
        foreach (var (name, _) in call.Request.Query)
        {
            if (name.StartsWith('$') && !allowed.Contains(name))
            {
                throw ApiException.NotEmulated($"The query option {name} on EntityDefinitions");
            }
        }
    }

    private static ApiResponse Tables(ApiCall call)
    {
        var selected = Selected(call, EntityDefinitionJson.Properties, EntityType);
        var filter = MetadataFilter.Parse(call.Request.Option("$filter"), EntityDefinitionJson.Properties, EntityType);
        var rows = call.Sets.All
            .Select(t => EntityDefinitionJson.Write(t, EntityDefinitionJson.Properties))
            .Where(all => filter.Matches(p => all[p]?.ToString()))
            .Select(all => Project(all, selected));
        return ApiResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = call.ContextUrl($"EntityDefinitions{Suffix(call)}"),
            ["value"] = new JsonArray([.. rows]),
        });
    }

    private static JsonNode Project(JsonObject all, IReadOnlyCollection<string> selected) =>
        new JsonObject([.. all.Where(p => p.Key == "MetadataId" || selected.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))]);

    /// <summary>The table a key names: <c>LogicalName='lead'</c> or its MetadataId; 404 for any other.</summary>
    private static TableMetadata TableOf(EntitySets sets, string key)
    {
        var table = Guid.TryParse(key, out var id)
            ? sets.All.FirstOrDefault(t => EntityDefinitionJson.IdOf(t) == id)
            : DefinitionKey.LogicalName(key) is { } name ? sets.ByLogicalName(name) : null;

        // The message is the emulator's (UNCERTAIN); the status and code are those of any missing definition.
        return table ?? throw new ApiException(404, ErrorCodes.ObjectDoesNotExist, $"Could not find an entity with the key {key}.");
    }
}
