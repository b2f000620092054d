using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;
using MsiDynamics.Emulators.Dataverse.WebApi.Query;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// One row as a single-entity answer: <c>@odata.context</c> "…$metadata#leads(firstname)/$entity", the row with
/// its <c>$select</c> columns, and an <c>ETag</c> header (dataverse.md §6). Read through the organisation's
/// Retrieve, so a missing row is the platform's 404.
/// </summary>
internal static class Representation
{
    public static ApiResponse Of(ApiCall call, TableMetadata table, Guid id, int status)
    {
        var selection = Selection.Parse(table, call.Request.Option("$select"));
        var row = call.Service.Retrieve(table.LogicalName, id, selection.ToColumnSet());
        var context = call.ContextUrl($"{table.EntitySetName}{selection.ContextSuffix}/$entity");
        var body = call.Writer.Write(table, row, selection.Columns, context);
        return call.WithAppliedAnnotations(ApiResponse.Json(status, body)).With("ETag", RowWriter.ETagOf(row));
    }

    /// <summary>204 with <c>OData-EntityId</c>, or the row itself when the caller asked for <c>return=representation</c>.</summary>
    public static ApiResponse AfterWrite(ApiCall call, TableMetadata table, Guid id, int representationStatus)
    {
        if (call.Preferences.ReturnRepresentation)
        {
            return Of(call, table, id, representationStatus).With("Preference-Applied", "return=representation");
        }

        return ApiResponse.NoContent().With("OData-EntityId", call.EntityUrl(table, id));
    }
}
