using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// An answer of the emulator. Marketo answers REST errors with HTTP 200 and the envelope; only size limits,
/// identity failures and gateway faults use other statuses (marketo.md §2). The code is kept for
/// <see cref="MarketoTraffic"/>.
/// </summary>
internal sealed class MarketoResponse : IResult
{
    /// <summary>The Content-Type of Marketo's JSON answers, exactly as recorded (§2).</summary>
    public const string JsonContentType = "application/json;charset=UTF-8";

    /// <summary>The HttpContext item under which the answered code is kept for the traffic counters.</summary>
    public const string CodeItem = "marketo.code";

    // Marketo writes quotes and apostrophes as they are ("Field 'x' not found"), not as \u0027.
    private static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _body;
    private readonly string _contentType;
    private readonly int _status;
    private readonly bool _noStore;

    private MarketoResponse(string body, string contentType, int status, string? code, bool noStore)
    {
        _body = body;
        _contentType = contentType;
        _status = status;
        Code = code;
        _noStore = noStore;
    }

    /// <summary>The error code answered (a Marketo code, or the HTTP status of an HTTP-level error); null on success.</summary>
    public string? Code { get; }

    public static MarketoResponse Json(JsonObject body)
    {
        var code = body["success"]?.GetValue<bool>() == false ? body["errors"]?[0]?["code"]?.GetValue<string>() : null;
        return new MarketoResponse(body.ToJsonString(Writing), JsonContentType, 200, code, noStore: false);
    }

    /// <summary>An identity answer: JSON with <c>Cache-Control: no-store</c> (GR recording, §6).</summary>
    public static MarketoResponse Identity(JsonObject body, int status) =>
        new(body.ToJsonString(Writing), JsonContentType, status, status == 200 ? null : status.ToString(), noStore: true);

    /// <summary>An HTTP-level error with an HTML body, as Marketo's gateway answers 413, 414 and 5xx (§2).</summary>
    public static MarketoResponse Http(int status, string reason) =>
        new($"<html><head><title>{status} {reason}</title></head><body>{reason}</body></html>",
            "text/html", status, status.ToString(), noStore: false);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Items[CodeItem] = Code;
        var response = httpContext.Response;
        response.StatusCode = _status;
        response.ContentType = _contentType;
        if (_noStore)
        {
            response.Headers.CacheControl = "no-store";
        }

        var bytes = Encoding.UTF8.GetBytes(_body);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
