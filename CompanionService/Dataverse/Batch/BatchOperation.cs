using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>
/// One request inside a <c>$batch</c>: method, path relative to the Web API root, JSON body, and the
/// headers it needs (<c>If-Match</c>, <c>Prefer</c>). GETs are allowed only outside change sets.
/// </summary>
/// <param name="Method">GET, POST, PATCH or DELETE.</param>
/// <param name="Path">Relative to <c>{Url}api/data/v9.2/</c>, e.g. <c>msi_syncqueueitems(…)</c>.</param>
/// <param name="Body">The JSON body; null for GET and DELETE.</param>
/// <param name="IfMatch"><c>*</c> or a row's ETag; null for none.</param>
public sealed record BatchOperation(HttpMethod Method, string Path, JsonNode? Body, string? IfMatch)
{
    /// <summary><c>Prefer</c> preferences of this request (a GET's page size, formatted values).</summary>
    public IReadOnlyList<string> Prefer { get; init; } = [];

    /// <summary>Whether sending it twice does no harm: a GET, or a PATCH with <c>If-Match: *</c> (see <see cref="Transport.DataverseRequest.RepeatSafe"/>).</summary>
    public bool RepeatSafe => Method == HttpMethod.Get || (Method == HttpMethod.Patch && IfMatch == Transport.DataverseRequest.AnyVersion);

    /// <summary>A read, e.g. <see cref="DataverseQuery.ToPath"/>, whose URL may be up to 64 KB inside a batch.</summary>
    public static BatchOperation Get(string path, IReadOnlyList<string> prefer) => new(HttpMethod.Get, path, null, null) { Prefer = prefer };

    /// <summary><c>POST {set}</c>.</summary>
    public static BatchOperation Create(string entitySetName, JsonObject row) =>
        new(HttpMethod.Post, ODataUri.Name(entitySetName), row, null);

    /// <summary><c>PATCH {set}({id})</c> with <c>If-Match</c> (<c>*</c> or an ETag: Decision 7).</summary>
    public static BatchOperation Update(string entitySetName, Guid id, JsonObject changes, string ifMatch) =>
        new(HttpMethod.Patch, ODataUri.Row(entitySetName, id), changes, ifMatch);

    /// <summary><c>DELETE {set}({id})</c>.</summary>
    public static BatchOperation Delete(string entitySetName, Guid id, string? ifMatch = null) =>
        new(HttpMethod.Delete, ODataUri.Row(entitySetName, id), null, ifMatch);

    public override string ToString() => $"{Method} {Path.Split('?')[0]}";
}
