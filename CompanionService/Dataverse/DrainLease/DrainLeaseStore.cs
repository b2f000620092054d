using System.Text.Json;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Settings;
using MsiDynamics.CompanionService.Dataverse.Transport;
using St = MsiDynamics.Schema.DataverseSchema.SyncState;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// The lease row of <c>msi_syncstate</c> (<c>msi_name</c> = <c>drain-lease</c>, dataverse.md §0.10), one request a
/// call. Read finds it by name with its ETag; Create posts it under a fixed id, so of two workers creating it at
/// once the second gets 412; Write patches it with <c>If-Match</c> on an ETag. Both writes ask for the row back
/// (<c>return=representation</c>), whose <c>@odata.etag</c> is the one the next write must match.
/// </summary>
internal sealed class DrainLeaseStore(SyncStateStore states, DataverseTransport transport)
{
    /// <summary>The lease row's <c>msi_name</c>.</summary>
    public const string RowName = "drain-lease";

    /// <summary>The id a created lease row gets: the same for every worker, so a second create is a duplicate.</summary>
    public static readonly Guid RowId = new("6d73692d-6472-6169-6e2d-6c6561736500");

    private static readonly string[] ReturnRow = ["return=representation"];

    /// <summary><c>GET msi_syncstates?$filter=msi_name eq 'drain-lease'</c>: the row (absent when never created) and its ETag.</summary>
    public Task<SyncStateEntry> ReadAsync(CancellationToken cancellationToken) => states.GetAsync(RowName, cancellationToken);

    /// <summary><c>POST msi_syncstates</c> with the fixed id; a 412 (HTTP status) means another worker created it first.</summary>
    public Task<(DataverseOutcome Outcome, string? ETag)> CreateAsync(DrainLeaseValue value, CancellationToken cancellationToken)
    {
        var row = DataverseJson.Row([new(St.Id, RowId), new(St.Name, RowName), new(St.Value, value.ToString())]);
        var request = DataverseRequest.Post(Selecting(ODataUri.Name(St.EntitySetName)), DataverseJson.Body(row), "lease.create")
            with { Prefer = ReturnRow };
        return SendAsync(request, cancellationToken);
    }

    /// <summary><c>PATCH msi_syncstates(id)</c> with <c>If-Match: <paramref name="etag"/></c>; LostRace when the row changed.</summary>
    public Task<(DataverseOutcome Outcome, string? ETag)> WriteAsync(Guid id, string etag, DrainLeaseValue value, CancellationToken cancellationToken)
    {
        var changes = new JsonObject { [St.Value] = value.ToString() };
        var request = DataverseRequest.Patch(Selecting(ODataUri.Row(St.EntitySetName, id)), DataverseJson.Body(changes), etag, "lease.write")
            with { Prefer = ReturnRow };
        return SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// <c>PATCH msi_syncstates(id)</c> without <c>If-Match</c>: an upsert, which creates the row under
    /// <paramref name="id"/> or overwrites it (dataverse.md §6), for a row only its own worker writes (a standby's presence).
    /// </summary>
    public async Task<DataverseOutcome> UpsertAsync(Guid id, string name, DrainLeaseValue value, CancellationToken cancellationToken)
    {
        var row = DataverseJson.Row([new(St.Name, name), new(St.Value, value.ToString())]);
        var request = new DataverseRequest(HttpMethod.Patch, ODataUri.Row(St.EntitySetName, id), DataverseJson.Body(row), "lease.presence")
        {
            RepeatSafe = true,
        };
        return (await transport.SendAsync(request, cancellationToken).ConfigureAwait(false)).Outcome;
    }

    private static string Selecting(string path) => $"{path}?$select={St.Name}";

    private async Task<(DataverseOutcome Outcome, string? ETag)> SendAsync(DataverseRequest request, CancellationToken cancellationToken)
    {
        var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!reply.Outcome.IsSuccess)
        {
            return (reply.Outcome, null);
        }

        try
        {
            using var document = JsonDocument.Parse(reply.Body);
            return (reply.Outcome, new DataverseRow(document.RootElement.Clone()).ETag);
        }
        catch (JsonException)
        {
            return (reply.Outcome, null);
        }
    }
}
