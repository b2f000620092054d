using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Reads a call once, enforcing Marketo's request-size limits: URI ≤ 8 KB (414) and body ≤ 1 MB (413),
/// answered at the HTTP level (marketo.md §2, §5.1); then parses a form or JSON body (609 for invalid
/// JSON, 612 for another content type, §5.2).
/// </summary>
internal static class MarketoRequestReader
{
    public const int MaxUriBytes = 8 * 1024;
    public const int MaxBodyBytes = 1024 * 1024;

    private const string ItemKey = "marketo.request";

    public static MarketoRequest? Stored(HttpContext http) => http.Items[ItemKey] as MarketoRequest;

    public static async Task<MarketoResponse?> ReadAsync(HttpContext http, MarketoEnvelope envelope)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        if (Encoding.UTF8.GetByteCount(target) > MaxUriBytes)
        {
            return MarketoResponse.Http(StatusCodes.Status414UriTooLong, "Request-URI Too Large");
        }

        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return MarketoResponse.Http(StatusCodes.Status413PayloadTooLarge, "Request Entity Too Large");
        }

        var parameters = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.OfType<string>().ToList());
        JsonObject? json = null;
        if (body.Length > 0)
        {
            var contentType = http.Request.ContentType ?? string.Empty;
            if (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (key, values) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)))
                {
                    parameters[key] = [.. parameters.GetValueOrDefault(key, []), .. values.OfType<string>()];
                }
            }
            else if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                json = ParseJson(body);
                if (json is null)
                {
                    return MarketoResponse.Json(envelope.Failure(MarketoErrors.InvalidJson, MarketoErrors.MessageFor("609")));
                }
            }
            else
            {
                return MarketoResponse.Json(envelope.Failure(MarketoErrors.InvalidContentType, MarketoErrors.MessageFor("612")));
            }
        }

        var method = http.Request.Method.ToUpperInvariant();
        if (method == "POST" && parameters.TryGetValue("_method", out var overrides) && overrides.Count > 0)
        {
            method = overrides[0].ToUpperInvariant();
        }

        http.Items[ItemKey] = new MarketoRequest(method, http.Request.Path.Value ?? "/", parameters, json);
        return null;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static JsonObject? ParseJson(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
