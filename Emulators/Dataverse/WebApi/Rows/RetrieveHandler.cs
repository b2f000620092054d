using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;
using MsiDynamics.Emulators.Dataverse.WebApi.Query;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// <c>GET set(key)</c>: one row with <c>$select</c> and an ETag; 404 0x80040217 "… With Id = … Does Not Exist"
/// when it is missing; 304 when <c>If-None-Match</c> carries the row's current ETag (dataverse.md §6). Every other
/// query option (<c>$expand</c>, <c>fetchXml</c>, an unknown one) is refused with a 400 naming it, in the collection
/// reader's words (dataverse.md §6 Query options the emulator lacks).
/// </summary>
internal static class RetrieveHandler
{
    public static ApiResponse Retrieve(ApiCall call, TableMetadata table, string keyText)
    {
        foreach (var (name, _) in call.Request.Query)
        {
            if (name != "$select")
            {
                throw CollectionOptions.Refusal(name);
            }
        }

        var key = RowKey.Parse(table, keyText);
        var id = key.Find(call) ?? throw key.Missing();
        var response = Representation.Of(call, table, id, 200);
        var ifNoneMatch = call.Request.Header("If-None-Match");
        if (ifNoneMatch is not null && ifNoneMatch != "null"
            && Preconditions.Version(ifNoneMatch) == Preconditions.Version(response.HeaderValue("ETag")!))
        {
            return ApiResponse.Empty(304).With("ETag", response.HeaderValue("ETag")!);
        }

        return response;
    }
}
