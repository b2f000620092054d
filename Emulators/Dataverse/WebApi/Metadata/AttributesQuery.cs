using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// <c>EntityDefinitions(…)/Attributes[(LogicalName='x')][/Microsoft.Dynamics.CRM.&lt;Kind&gt;AttributeMetadata]</c>: a cast
/// keeps the columns of that kind and allows its properties in <c>$select</c> (<c>MaxLength</c>, <c>Precision</c>,
/// <c>Targets</c>); <c>$expand=OptionSet</c> is allowed on the choice kinds only, as on the platform.
/// </summary>
internal static class AttributesQuery
{
    private const string Segment = "Attributes";

    private static readonly string[] Kinds =
    [
        "StringAttributeMetadata", "MemoAttributeMetadata", "IntegerAttributeMetadata", "BigIntAttributeMetadata",
        "DecimalAttributeMetadata", "DoubleAttributeMetadata", "MoneyAttributeMetadata", "BooleanAttributeMetadata",
        "DateTimeAttributeMetadata", "UniqueIdentifierAttributeMetadata", "PicklistAttributeMetadata", "StateAttributeMetadata",
        "StatusAttributeMetadata", "LookupAttributeMetadata",
    ];

    public static ApiResponse Answer(ApiCall call, TableMetadata table, string operation)
    {
        var slash = operation.IndexOf('/', StringComparison.Ordinal);
        var head = slash < 0 ? operation : operation[..slash];
        var kind = slash < 0 ? null : Kind(operation[(slash + 1)..]);
        var key = head == Segment ? null
            : head.StartsWith(Segment + "(", StringComparison.Ordinal) && head.EndsWith(')') ? head[(Segment.Length + 1)..^1]
            : throw ApiException.ResourceNotFound(head);

        var typeName = AttributeDefinitionJson.Namespace + (kind ?? "AttributeMetadata");
        var allowed = AttributeDefinitionJson.Properties(kind);
        var selected = call.Request.Option("$select") is { Length: > 0 } ? EntityDefinitionsHandler.Selected(call, allowed, typeName) : null;
        var expand = Expand(call.Request.Option("$expand"), allowed, typeName);
        var context = $"EntityDefinitions({EntityDefinitionJson.IdOf(table):D})/{Segment}" + (kind is null ? string.Empty : "/" + typeName)
            + EntityDefinitionsHandler.Suffix(call);

        JsonObject Write(ColumnMetadata c) =>
            AttributeDefinitionJson.Write(table, c, selected ?? AttributeDefinitionJson.Properties(AttributeDefinitionJson.KindOf(c)), expand);

        if (key is not null)
        {
            var column = (DefinitionKey.LogicalName(key) is { } name ? table.Column(name) : null)
                ?? throw new ApiException(404, ErrorCodes.ObjectDoesNotExist, $"Could not find an attribute with the key {key} on '{table.LogicalName}'.");
            if (kind is not null && AttributeDefinitionJson.KindOf(column) != kind)
            {
                throw ApiException.BadRequest($"The attribute '{column.LogicalName}' is a {AttributeDefinitionJson.KindOf(column)}, not a {kind}.");
            }

            var single = Write(column);
            single.Insert(0, "@odata.context", call.ContextUrl(context + "/$entity"));
            return ApiResponse.Json(200, single);
        }

        var filter = MetadataFilter.Parse(call.Request.Option("$filter"), ["LogicalName", "AttributeType"], typeName);
        var columns = table.Columns
            .Where(c => kind is null || AttributeDefinitionJson.KindOf(c) == kind)
            .Where(c => filter.Matches(p => p == "LogicalName" ? c.LogicalName : c.AttributeType));
        return ApiResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = call.ContextUrl(context),
            ["value"] = new JsonArray([.. columns.Select(c => (JsonNode)Write(c))]),
        });
    }

    private static string Kind(string cast) =>
        cast.StartsWith(AttributeDefinitionJson.Namespace, StringComparison.Ordinal) && Kinds.Contains(cast[AttributeDefinitionJson.Namespace.Length..])
            ? cast[AttributeDefinitionJson.Namespace.Length..]
            : throw ApiException.ResourceNotFound(cast);

    // "OptionSet" or "OptionSet($select=Options)"; only where the kind has an OptionSet property.
    private static bool Expand(string? expand, IReadOnlyList<string> allowed, string typeName)
    {
        if (string.IsNullOrWhiteSpace(expand))
        {
            return false;
        }

        var name = expand.Split('(')[0].Trim();
        return name == "OptionSet" && allowed.Contains(name) ? true : throw ApiException.UnknownProperty(name, typeName);
    }
}
