using System.Text;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Batch;

/// <summary>
/// One request inside a <c>$batch</c>: an <c>application/http</c> part holding "METHOD URL HTTP/1.1", the inner
/// request's own headers (If-Match, Prefer …) and body. The URL may be absolute, start with
/// <c>/api/data/v9.2/</c>, be relative to the service root, or start with <c>$n</c> inside a change set.
/// </summary>
internal sealed class BatchOperation
{
    private readonly MimePart _message;

    private BatchOperation(string method, string url, MimePart message, string? contentId)
    {
        Method = method;
        Url = url;
        _message = message;
        ContentId = contentId;
    }

    public string Method { get; }

    public string Url { get; }

    /// <summary>The part's Content-ID, for <c>$n</c> references and the response part.</summary>
    public string? ContentId { get; }

    public static BatchOperation Parse(MimePart part)
    {
        var contentType = part.Header("Content-Type") ?? string.Empty;
        if (!contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.BadRequest($"A batch part must be 'application/http' or a change set ('multipart/mixed'), not '{contentType}'.");
        }

        var message = MimePart.ParseMessage(part.Content);
        var words = (message.FirstLine ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            throw ApiException.BadRequest($"The batch part's request line '{message.FirstLine}' is not 'METHOD URL HTTP/1.1'.");
        }

        return new BatchOperation(words[0].ToUpperInvariant(), words[1], message, part.Header("Content-ID"));
    }

    /// <summary>
    /// The request to route, run as the user of <paramref name="batch"/> and answered on its service root, with the
    /// change set's <c>$n</c> references so far.
    /// </summary>
    public ApiRequest ToRequest(ApiRequest batch, IReadOnlyDictionary<string, string> contentIds)
    {
        var (path, query) = UrlQuery.SplitUrl(ResourceReference.Resolve(Url, contentIds));
        path = ResourceReference.RelativePath(path);
        return new ApiRequest
        {
            Method = Method,
            Path = Uri.UnescapeDataString(path),
            Query = UrlQuery.Parse(query),
            Headers = ApiRequest.HeaderSet(_message.Headers),
            Body = Encoding.UTF8.GetBytes(_message.Content.TrimEnd('\r', '\n', ' ', '\t')),
            UserId = batch.UserId,
            Meter = batch.Meter,
            ServiceRoot = batch.ServiceRoot,
            IsBatchPart = true,
            ContentIds = contentIds,
        };
    }
}
