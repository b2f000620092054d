using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// A table as <c>EntityDefinitions</c> serves it (DOCS "Query table definitions using the Web API"): <c>MetadataId</c>
/// always, and the selected properties of <c>LogicalName</c>, <c>EntitySetName</c>, <c>PrimaryIdAttribute</c>,
/// <c>PrimaryNameAttribute</c>, <c>OwnershipType</c> ("UserOwned", "OrganizationOwned") and <c>IsCustomEntity</c>.
/// Whether a table supports the bulk messages is not an EntityDefinitions property (the platform keeps it in its
/// message filters), so it stays in the emulator's own <see cref="TableMetadata.SupportsBulkMessages"/>.
/// </summary>
internal static class EntityDefinitionJson
{
    public static readonly string[] Properties =
        ["MetadataId", "LogicalName", "EntitySetName", "PrimaryIdAttribute", "PrimaryNameAttribute", "OwnershipType", "IsCustomEntity"];

    public static Guid IdOf(TableMetadata table) => MetadataIds.Of(table.LogicalName);

    public static JsonObject Write(TableMetadata table, IReadOnlyCollection<string> selected)
    {
        var all = new Dictionary<string, JsonNode?>
        {
            ["LogicalName"] = table.LogicalName,
            ["EntitySetName"] = table.EntitySetName,
            ["PrimaryIdAttribute"] = table.PrimaryKey,
            ["PrimaryNameAttribute"] = table.PrimaryNameAttribute,
            ["OwnershipType"] = table.IsUserOwned ? "UserOwned" : "OrganizationOwned",
            ["IsCustomEntity"] = table.IsCustom,
        };
        var json = new JsonObject { ["MetadataId"] = IdOf(table).ToString("D") };
        foreach (var name in Properties.Where(p => p != "MetadataId" && selected.Contains(p)))
        {
            json[name] = all[name];
        }

        return json;
    }
}
