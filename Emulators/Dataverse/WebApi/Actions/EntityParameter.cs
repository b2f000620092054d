using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// Reads an action's entity-typed parameter, which the Web API writes as an entity with its type and key:
/// <c>{"@odata.type":"Microsoft.Dynamics.CRM.account","accountid":"…"}</c> (e.g. Merge's Target and Subordinate).
/// </summary>
internal static class EntityParameter
{
    public static (TableMetadata Table, Guid Id) Reference(JsonObject body, string name, EntitySets sets)
    {
        var entity = body[name] as JsonObject ?? throw ApiException.BadRequest($"The action needs the parameter '{name}' as an entity.");
        var table = Table(entity, name, sets);
        var key = entity[table.PrimaryKey]?.GetValue<string>();
        return Guid.TryParse(key, out var id)
            ? (table, id)
            : throw ApiException.BadRequest($"The parameter '{name}' needs its key '{table.PrimaryKey}'.");
    }

    /// <summary>An optional entity parameter with columns (Merge's UpdateContent), read like a create body.</summary>
    public static Entity Content(JsonObject body, string name, TableMetadata table, RowReader reader) =>
        body[name] is JsonObject entity ? reader.Read(table, entity, Guid.Empty) : new Entity(table.LogicalName);

    public static bool Flag(JsonObject body, string name) =>
        body[name] is { } value ? value.GetValue<bool>() : throw ApiException.BadRequest($"The action needs the parameter '{name}' (true or false).");

    private static TableMetadata Table(JsonObject entity, string name, EntitySets sets) =>
        entity["@odata.type"]?.GetValue<string>() is { } type
            ? sets.ByTypeName(type) ?? throw ApiException.BadRequest($"The type '{type}' of parameter '{name}' is not served by the emulator.")
            : throw ApiException.BadRequest($"The parameter '{name}' needs '@odata.type'.");

    /// <summary>The EntityReference for a parsed reference.</summary>
    public static EntityReference ToReference(this (TableMetadata Table, Guid Id) reference) =>
        new(reference.Table.LogicalName, reference.Id);
}
