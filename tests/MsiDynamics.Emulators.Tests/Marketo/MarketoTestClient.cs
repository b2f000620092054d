using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// A deliberately plain HTTP client for the emulator tests: raw JSON in, raw JSON out, so the tests see the
/// wire exactly as a Marketo client would (no DTOs shared with the real client).
/// </summary>
internal sealed class MarketoTestClient : IDisposable
{
    private readonly HttpClient _http;

    private MarketoTestClient(MarketoEmulator emulator) =>
        _http = new HttpClient { BaseAddress = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The bearer token sent on REST calls, or null for none.</summary>
    public string? Token { get; set; }

    /// <summary>A client that has already fetched a token.</summary>
    public static async Task<MarketoTestClient> ConnectAsync(MarketoEmulator emulator)
    {
        var client = new MarketoTestClient(emulator);
        var token = await client.RequestTokenAsync();
        client.Token = token["access_token"]!.GetValue<string>();
        return client;
    }

    /// <summary>A client without a token.</summary>
    public static MarketoTestClient Anonymous(MarketoEmulator emulator) => new(emulator);

    public async Task<JsonObject> RequestTokenAsync(string clientId = "client", string clientSecret = "secret")
    {
        using var response = await _http.GetAsync($"identity/oauth/token?grant_type=client_credentials&client_id={clientId}&client_secret={clientSecret}");
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        return await _http.SendAsync(request);
    }

    public async Task<JsonObject> GetAsync(string path) => await ReadEnvelopeAsync(await SendAsync(HttpMethod.Get, path));

    public async Task<JsonObject> PostJsonAsync(string path, string json) =>
        await ReadEnvelopeAsync(await SendAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json")));

    public async Task<JsonObject> PostFormAsync(string path, params (string Name, string Value)[] form) =>
        await ReadEnvelopeAsync(await SendAsync(HttpMethod.Post, path, new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value)))));

    /// <summary>Reads Marketo's envelope, which always comes with HTTP 200 and Marketo's content type (marketo.md §2).</summary>
    public static async Task<JsonObject> ReadEnvelopeAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json;charset=UTF-8").Or.EqualTo("application/json; charset=UTF-8"));
            return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }
    }

    /// <summary>The first response-level error code, or null on success.</summary>
    public static string? ErrorCode(JsonObject envelope) =>
        envelope["success"]!.GetValue<bool>() ? null : envelope["errors"]![0]!["code"]!.GetValue<string>();

    public static JsonArray Results(JsonObject envelope)
    {
        Assert.That(ErrorCode(envelope), Is.Null, envelope.ToJsonString());
        return envelope["result"]!.AsArray();
    }

    /// <summary>The reason code of a skipped result, or null.</summary>
    public static string? ReasonCode(JsonNode? result) => result?["reasons"]?[0]?["code"]?.GetValue<string>();

    public void Dispose() => _http.Dispose();
}
