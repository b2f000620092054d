using System.Text;
using Microsoft.AspNetCore.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>Turns an HTTP request into an <see cref="ApiRequest"/>, and an <see cref="ApiResponse"/> into the HTTP answer.</summary>
internal static class HttpExchange
{
    public static async Task<ApiRequest> ReadAsync(HttpContext http, Guid userId)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var path = http.Request.Path.Value ?? string.Empty;
        return new ApiRequest
        {
            Method = http.Request.Method.ToUpperInvariant(),
            Path = ResourceReference.RelativePath(path),
            Query = UrlQuery.Parse(http.Request.QueryString.Value),
            Headers = ApiRequest.HeaderSet(http.Request.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.ToString()))),
            Body = body.ToArray(),
            UserId = userId,
            ServiceRoot = http.Request.Host.HasValue
                ? new Uri($"{http.Request.Scheme}://{http.Request.Host.Value}{ResourceReference.ServiceRoot}")
                : null,
        };
    }

    public static async Task WriteAsync(HttpContext http, ApiResponse response)
    {
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers.Append(name, value);
        }

        if (response.ContentType is not null && response.Body is { Length: > 0 } body)
        {
            http.Response.ContentType = response.ContentType;
            await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), http.RequestAborted);
        }
    }
}
