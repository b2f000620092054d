namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// One Marketo REST call as the resource clients describe it to <see cref="MarketoTransport"/>: the method,
/// the path relative to the base URL (no leading slash, so no <c>//</c>: marketo.md §7), a body
/// factory (a retry sends a fresh copy of the same bytes) and what the call does.
/// </summary>
/// <param name="Method">GET or POST.</param>
/// <param name="Path">E.g. <c>rest/v1/leads.json?_method=GET</c>. Never carries the access token.</param>
/// <param name="Content">Makes the body for each attempt; null for a GET.</param>
/// <param name="Kind">Read, Upsert or Delete: decides the quota share and how 1013 reads.</param>
/// <param name="Operation">A short name for logs, e.g. "leads.sync".</param>
public sealed record MarketoRequest(
    HttpMethod Method, string Path, Func<HttpContent>? Content, MarketoOperationKind Kind, string Operation)
{
    public static MarketoRequest Get(string path, string operation) =>
        new(HttpMethod.Get, path, null, MarketoOperationKind.Read, operation);

    public static MarketoRequest Post(string path, Func<HttpContent> content, MarketoOperationKind kind, string operation) =>
        new(HttpMethod.Post, path, content, kind, operation);

    public override string ToString() => $"{Operation} ({Method} {PathWithoutQuery})";

    /// <summary>The path without its query, for logs.</summary>
    public string PathWithoutQuery => Path.Split('?')[0];
}
