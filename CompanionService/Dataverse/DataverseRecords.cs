using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>
/// Single-row writes (dataverse.md §6): create, update with <c>If-Match</c>, delete. Each returns a
/// <see cref="DataverseOutcome"/>: a 412 is <see cref="DataverseOutcomeKind.LostRace"/>, a 404
/// <see cref="DataverseOutcomeKind.NotFound"/>, both normal answers; a 404 for a table or column Dataverse does not
/// have is <see cref="DataverseOutcomeKind.NotConfigured"/> (dataverse.md §6.1), which never means the row is gone. A
/// create or an ETag update whose answer never came is <see cref="DataverseOutcomeKind.Unknown"/>, not sent again.
/// </summary>
internal sealed class DataverseRecords(DataverseTransport transport)
{
    /// <summary>The <c>If-Match</c> value meaning "the row must exist" (Decision 7: never create by accident).</summary>
    public const string AnyVersion = DataverseRequest.AnyVersion;

    /// <summary><c>POST {set}</c> → 204 with <c>OData-EntityId</c>; the new id is in <see cref="DataverseOutcome.Id"/>.</summary>
    public async Task<DataverseOutcome> CreateAsync(string entitySetName, JsonObject row, CancellationToken cancellationToken = default)
    {
        var request = DataverseRequest.Post(ODataUri.Name(entitySetName), DataverseJson.Body(row), $"{entitySetName}.create");
        var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return reply.Outcome;
    }

    /// <summary>
    /// <c>PATCH {set}({id})</c> with <c>If-Match: <paramref name="ifMatch"/></c>: <c>*</c> (the default)
    /// updates only an existing row (404 otherwise); a row's <c>@odata.etag</c> updates it only if unchanged (412 otherwise).
    /// </summary>
    public async Task<DataverseOutcome> UpdateAsync(
        string entitySetName, Guid id, JsonObject changes, string ifMatch = AnyVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var request = DataverseRequest.Patch(ODataUri.Row(entitySetName, id), DataverseJson.Body(changes), ifMatch, $"{entitySetName}.update");
        var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return reply.Outcome;
    }

    /// <summary><c>DELETE {set}({id})</c> → 204; NotFound when already gone (the caller may count that as done; never NotConfigured).</summary>
    public async Task<DataverseOutcome> DeleteAsync(
        string entitySetName, Guid id, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var request = DataverseRequest.Delete(ODataUri.Row(entitySetName, id), ifMatch, $"{entitySetName}.delete");
        var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return reply.Outcome;
    }
}
