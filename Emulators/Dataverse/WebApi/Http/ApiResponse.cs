using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// One Web API answer, before it is written to HTTP or into a <c>$batch</c> part: status, headers and body.
/// Every answer carries <c>OData-Version: 4.0</c> (dataverse.md §6).
/// </summary>
internal sealed class ApiResponse
{
    public const string JsonContentType = "application/json; odata.metadata=minimal";

    // Quotes, apostrophes and ampersands as themselves, as Dataverse writes them (W/"470867", not W/\u0022…).
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ApiResponse(int status, string? contentType, string? body, ApiError? fault = null)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        Fault = fault;
        Headers.Add(new("OData-Version", "4.0"));
    }

    public int Status { get; }

    public string? ContentType { get; }

    public string? Body { get; }

    /// <summary>The error this answer carries, when it is one of Dataverse's error bodies.</summary>
    public ApiError? Fault { get; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public bool IsSuccess => Status is >= 200 and < 300;

    public static ApiResponse NoContent() => Empty(204);

    /// <summary>An answer without a body (204, 304).</summary>
    public static ApiResponse Empty(int status) => new(status, null, null);

    public static ApiResponse Json(int status, JsonNode body) => new(status, JsonContentType, body.ToJsonString(Relaxed));

    public static ApiResponse Text(int status, string contentType, string body) => new(status, contentType, body);

    /// <summary>Dataverse's error body: <c>{"error":{"code":"0x…","message":"…"}}</c> (dataverse.md §6).</summary>
    public static ApiResponse Error(int status, string code, string message) => Error(status, new ApiError(code, message));

    /// <summary>Dataverse's error body with the error's annotations, as the request's preferences allow them.</summary>
    public static ApiResponse Error(int status, ApiError error) =>
        new(status, JsonContentType, error.ToJson().ToJsonString(Relaxed), error);

    /// <summary>The same answer, headers included, with its error body replaced by <paramref name="error"/>.</summary>
    public ApiResponse WithFault(ApiError error)
    {
        var response = Error(Status, error);
        response.Headers.AddRange(Headers.Where(h => !string.Equals(h.Key, "OData-Version", StringComparison.OrdinalIgnoreCase)));
        return response;
    }

    public ApiResponse With(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public string? HeaderValue(string name) =>
        Headers.LastOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The reason phrase for the status line of a <c>$batch</c> part.</summary>
    public string ReasonPhrase => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(Status);
}
