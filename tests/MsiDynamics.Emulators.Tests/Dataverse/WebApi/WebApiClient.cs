using System.Net.Http.Headers;
using System.Text;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// A deliberately plain HTTP client for the emulator tests: raw JSON and raw headers, relative to the service root
/// (<c>api/data/v9.2/</c>), with the headers dataverse.md §6 says every request carries, so the tests see the
/// wire as the worker's client will (no types shared with it).
/// </summary>
internal sealed class WebApiClient : IDisposable
{
    private readonly HttpClient _http;

    public WebApiClient(DataverseEmulator emulator, string? token = "worker-token")
    {
        _http = new HttpClient { BaseAddress = emulator.WebApiUrl, Timeout = TimeSpan.FromSeconds(60) };
        Token = token;
    }

    /// <summary>The bearer token sent, or null for none.</summary>
    public string? Token { get; set; }

    public Task<WebApiAnswer> GetAsync(string path, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Get, path, null, headers);

    public Task<WebApiAnswer> PostAsync(string path, string json, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, path, json, headers);

    public Task<WebApiAnswer> PatchAsync(string path, string json, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Patch, path, json, headers);

    public Task<WebApiAnswer> DeleteAsync(string path, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Delete, path, null, headers);

    public async Task<WebApiAnswer> SendAsync(HttpMethod method, string path, string? json, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await SendAsync(request, headers);
    }

    public async Task<WebApiAnswer> SendAsync(HttpRequestMessage request, params (string Name, string Value)[] headers)
    {
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");
        request.Headers.TryAddWithoutValidation("If-None-Match", "null");
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await WebApiAnswer.ReadAsync(await _http.SendAsync(request));
    }

    public void Dispose() => _http.Dispose();
}
