using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// <c>PATCH set(key)</c>: an Update through the organisation (so the registered steps run, and owner or state
/// columns are just columns: dataverse.md §0.3), under the conditions of <see cref="Preconditions"/>;
/// without If-Match an upsert that creates a missing row. The check and the write are one transaction, so no
/// other request slips between them. 204 with OData-EntityId; the row with <c>return=representation</c>.
/// </summary>
internal static class UpsertHandler
{
    public static ApiResponse Upsert(ApiCall call, TableMetadata table, string keyText)
    {
        var key = RowKey.Parse(table, keyText);
        var conditions = Preconditions.Of(call);
        var row = call.Reader.Read(table, CreateHandler.Body(call), Guid.Empty);
        var id = Guid.Empty;
        var created = false;
        call.Context.Organization.RunInTransaction(() =>
        {
            var existing = key.Find(call);
            conditions.Check(key, existing, VersionOf(call, table, existing));
            if (existing is { } found)
            {
                row.Id = found;
                call.Service.Update(row);
                id = found;
            }
            else
            {
                key.Stamp(row);
                id = call.Service.Create(row);
                created = true;
            }

            return true;
        });

        return Representation.AfterWrite(call, table, id, created ? 201 : 200);
    }

    /// <summary>The stored row's versionnumber (what its ETag carries), or null when there is no row.</summary>
    public static long? VersionOf(ApiCall call, TableMetadata table, Guid? id) =>
        id is { } existing ? call.Context.Organization.Find(table.LogicalName, existing)?.GetAttributeValue<long>("versionnumber") : null;
}
