using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// The <c>Targets</c> of a bulk message bound to an entity set (CreateMultiple, UpdateMultiple, UpsertMultiple:
/// dataverse.md §0.13, §6): refused whole when the table does not support the message, as the platform refuses it;
/// otherwise every target must be an entity naming its type, and all of them are read before any is written.
/// </summary>
internal static class BulkTargets
{
    /// <summary>
    /// Code of the platform's "method does not support entities of type" fault: SdkEntityDoesNotSupportMessage in
    /// Microsoft's list of Web service error codes; the message form is the platform's, seen for other messages
    /// (dataverse.md §0.13).
    /// </summary>
    public const string UnsupportedCode = ErrorCodes.EntityDoesNotSupportMessage;

    public static IReadOnlyList<(JsonObject Json, Entity Row)> Read(ApiCall call, TableMetadata table, string message)
    {
        if (!table.SupportsBulkMessages)
        {
            throw new ApiException(400, UnsupportedCode,
                $"The '{message}' method does not support entities of type '{table.LogicalName}'. " +
                "MessageProcessorCache returned MessageProcessor.Empty.");
        }

        var targets = CreateHandler.Body(call)["Targets"] as JsonArray
            ?? throw ApiException.BadRequest($"{message} needs the parameter 'Targets': an array of entities.");
        if (targets.Count == 0)
        {
            throw ApiException.BadRequest($"{message} needs at least one entity in 'Targets'.");
        }

        return [.. targets.Select((target, index) => ReadOne(call, table, message, target, index))];
    }

    private static (JsonObject, Entity) ReadOne(ApiCall call, TableMetadata table, string message, JsonNode? target, int index)
    {
        if (target is not JsonObject entity)
        {
            throw ApiException.BadRequest($"Targets[{index}] of {message} is not an entity.");
        }

        if (entity["@odata.type"] is null)
        {
            throw ApiException.BadRequest(
                $"Targets[{index}] of {message} has no '@odata.type'; every target must name its type (\"{table.TypeName}\").");
        }

        return (entity, call.Reader.Read(table, entity, Guid.Empty));
    }
}
