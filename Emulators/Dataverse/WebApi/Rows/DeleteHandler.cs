using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// <c>DELETE set(key)</c>: the organisation's Delete (so the Delete steps and their pre-images run); 204, or 404
/// for a missing row (dataverse.md §6). An <c>If-Match</c> ETag makes it conditional (412 on a mismatch).
/// </summary>
internal static class DeleteHandler
{
    public static ApiResponse Delete(ApiCall call, TableMetadata table, string keyText)
    {
        var key = RowKey.Parse(table, keyText);
        var conditions = Preconditions.Of(call);
        call.Context.Organization.RunInTransaction(() =>
        {
            var existing = key.Find(call) ?? throw key.Missing();
            conditions.Check(key, existing, UpsertHandler.VersionOf(call, table, existing));
            call.Service.Delete(table.LogicalName, existing);
            return true;
        });

        return ApiResponse.NoContent();
    }
}
