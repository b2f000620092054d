using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// <c>POST set</c>: the organisation's Create (so the registered steps run); 204 with
/// <c>OData-EntityId: &lt;WebApiUrl&gt;set(&lt;id&gt;)</c>, or 201 with the row for <c>Prefer: return=representation</c>
/// (dataverse.md §6). A body may carry the key to choose the id; an existing one is 412 DuplicateRecord.
/// </summary>
internal static class CreateHandler
{
    public static ApiResponse Create(ApiCall call, TableMetadata table)
    {
        var row = call.Reader.Read(table, Body(call), Guid.Empty);
        var id = call.Service.Create(row);
        return Representation.AfterWrite(call, table, id, 201);
    }

    /// <summary>The request's JSON object; 400 when the body is empty or not an object.</summary>
    public static JsonObject Body(ApiCall call)
    {
        try
        {
            return JsonNode.Parse(call.Request.Body) as JsonObject
                ?? throw ApiException.BadRequest("The request body must be a JSON object.");
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new ApiException(400, ErrorCodes.PayloadError, $"The request body is not valid JSON: {exception.Message}");
        }
    }
}
