using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// A column as <c>EntityDefinitions(…)/Attributes</c> serves it (DOCS "Query table definitions using the Web API";
/// dataverse.md §3.4): <c>@odata.type</c> "#Microsoft.Dynamics.CRM.&lt;Kind&gt;AttributeMetadata", <c>MetadataId</c>,
/// <c>LogicalName</c>, <c>AttributeType</c>, and per kind <c>MaxLength</c> (String, Memo), <c>Precision</c> (Money,
/// Decimal), <c>Targets</c> (lookups) and, when expanded, <c>OptionSet</c> with <c>Options[].Value</c> and
/// <c>Label.UserLocalizedLabel.Label</c> (Picklist, State, Status). English labels, language 1033.
/// </summary>
internal static class AttributeDefinitionJson
{
    public const string Namespace = "Microsoft.Dynamics.CRM.";

    private static readonly string[] Common =
        ["MetadataId", "LogicalName", "EntityLogicalName", "AttributeType", "IsCustomAttribute", "IsValidForCreate", "IsValidForUpdate"];

    /// <summary>The metadata type of a column: "StringAttributeMetadata", "LookupAttributeMetadata" …</summary>
    public static string KindOf(ColumnMetadata column) => column.AttributeType switch
    {
        "Owner" or "Customer" => "LookupAttributeMetadata",
        "Uniqueidentifier" => "UniqueIdentifierAttributeMetadata",
        var type => type + "AttributeMetadata",
    };

    /// <summary>The properties a <c>$select</c> may name for the kind (all kinds when no cast narrows the set).</summary>
    public static IReadOnlyList<string> Properties(string? kind) => kind switch
    {
        null => Common,
        "StringAttributeMetadata" or "MemoAttributeMetadata" => [.. Common, "MaxLength"],
        "MoneyAttributeMetadata" or "DecimalAttributeMetadata" => [.. Common, "Precision"],
        "LookupAttributeMetadata" => [.. Common, "Targets"],
        "PicklistAttributeMetadata" or "StateAttributeMetadata" or "StatusAttributeMetadata" => [.. Common, "OptionSet"],
        _ => Common,
    };

    public static JsonObject Write(TableMetadata table, ColumnMetadata column, IReadOnlyCollection<string> selected, bool expandOptions)
    {
        var all = new Dictionary<string, JsonNode?>
        {
            ["LogicalName"] = column.LogicalName,
            ["EntityLogicalName"] = table.LogicalName,
            ["AttributeType"] = column.AttributeType,
            ["IsCustomAttribute"] = column.LogicalName.StartsWith("msi_", StringComparison.Ordinal),
            ["IsValidForCreate"] = !column.ReadOnly,
            ["IsValidForUpdate"] = !column.ReadOnly && column.LogicalName != table.PrimaryKey,
            ["MaxLength"] = column.MaxLength,
            ["Precision"] = column.Precision,
            ["Targets"] = new JsonArray([.. column.Targets.Select(t => (JsonNode)t.Table).Distinct()]),
        };
        var json = new JsonObject
        {
            ["@odata.type"] = "#" + Namespace + KindOf(column),
            ["MetadataId"] = MetadataIds.Of(table.LogicalName, column.LogicalName).ToString("D"),
        };
        foreach (var name in Properties(KindOf(column)).Where(p => p is not "MetadataId" and not "OptionSet" && selected.Contains(p)))
        {
            json[name] = all[name];
        }

        if (expandOptions && column.Type == ColumnType.Choice)
        {
            json["OptionSet"] = OptionSet(table, column);
        }

        return json;
    }

    private static JsonObject OptionSet(TableMetadata table, ColumnMetadata column) => new()
    {
        ["MetadataId"] = MetadataIds.Of(table.LogicalName, column.LogicalName, "optionset").ToString("D"),
        ["Name"] = $"{table.LogicalName}_{column.LogicalName}",
        ["IsGlobal"] = false,
        ["OptionSetType"] = column.AttributeType,
        ["Options"] = new JsonArray([.. column.Labels.OrderBy(l => l.Key).Select(l => (JsonNode)new JsonObject
        {
            ["Value"] = l.Key,
            ["Label"] = new JsonObject
            {
                ["LocalizedLabels"] = new JsonArray(Label(l.Value)),
                ["UserLocalizedLabel"] = Label(l.Value),
            },
        })]),
    };

    private static JsonObject Label(string text) => new() { ["Label"] = text, ["LanguageCode"] = 1033 };
}
