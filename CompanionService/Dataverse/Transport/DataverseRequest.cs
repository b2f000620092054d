namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// One Web API request as the clients describe it to <see cref="DataverseTransport"/>: the method, the
/// path relative to the Web API root (<c>leads(…)</c>, <c>$batch</c>) or an absolute <c>@odata.nextLink</c>
/// on the same host, a body factory (a retry sends a fresh copy of the same bytes), and the headers that
/// vary per request. The standard OData headers and the token are added by the transport.
/// </summary>
/// <param name="Method">GET, POST, PATCH or DELETE.</param>
/// <param name="Path">Relative to <c>{Url}api/data/v9.2/</c>, or absolute on the same host. Never carries a token.</param>
/// <param name="Content">Makes the body for each attempt; null for GET and DELETE.</param>
/// <param name="Operation">A short name for logs, e.g. "queue.lease".</param>
public sealed record DataverseRequest(HttpMethod Method, string Path, Func<HttpContent>? Content, string Operation)
{
    /// <summary><c>If-Match</c>: <c>*</c> (the row must exist) or the row's ETag (it must be unchanged); null for none.</summary>
    public string? IfMatch { get; init; }

    /// <summary><c>Prefer</c> preferences, e.g. <c>odata.maxpagesize=5000</c>; sent as one comma-separated header.</summary>
    public IReadOnlyList<string> Prefer { get; init; } = [];

    /// <summary>
    /// Whether sending the request twice leaves Dataverse as sending it once and answers the same (a GET, a PATCH with
    /// <c>If-Match: *</c>). Only such a request is sent again when its answer never came (time-out, connection lost
    /// after sending); any other is then Unknown: it may have run (dataverse.md §6.1). A create, or a PATCH on an ETag
    /// (whose repeat would read as a lost race), is not.
    /// </summary>
    public bool RepeatSafe { get; init; }

    /// <summary>
    /// Operations the organisation's entitlement counts for this request (dataverse.md §0.12): 1 for a plain request,
    /// every operation inside a <c>$batch</c>, every target of a bulk message such as <c>UpdateMultiple</c>.
    /// </summary>
    public int Operations { get; init; } = 1;

    public static DataverseRequest Get(string path, string operation, IReadOnlyList<string> prefer) =>
        new(HttpMethod.Get, path, null, operation) { Prefer = prefer, RepeatSafe = true };

    public static DataverseRequest Post(string path, Func<HttpContent> content, string operation) =>
        new(HttpMethod.Post, path, content, operation);

    public static DataverseRequest Patch(string path, Func<HttpContent> content, string ifMatch, string operation) =>
        new(HttpMethod.Patch, path, content, operation) { IfMatch = ifMatch, RepeatSafe = ifMatch == AnyVersion };

    /// <summary>The <c>If-Match</c> value meaning "any version of an existing row".</summary>
    public const string AnyVersion = "*";

    public static DataverseRequest Delete(string path, string? ifMatch, string operation) =>
        new(HttpMethod.Delete, path, null, operation) { IfMatch = ifMatch };

    /// <summary>The path without its query string, for logs.</summary>
    public string PathWithoutQuery => Path.Split('?')[0];

    public override string ToString() => $"{Operation} ({Method} {PathWithoutQuery})";
}
