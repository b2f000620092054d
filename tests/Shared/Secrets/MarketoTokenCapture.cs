using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace MsiDynamics.Tests.Secrets;

/// <summary>
/// An HTTP handler in the worker's Marketo client that keeps every access token the identity endpoint issued and every
/// bearer token the worker sent: the tokens a scan must not find anywhere else.
/// </summary>
internal sealed class MarketoTokenCapture : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, bool> _tokens;

    public MarketoTokenCapture(ConcurrentDictionary<string, bool> tokens) => _tokens = tokens;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is AuthenticationHeaderValue { Scheme: "Bearer", Parameter: { Length: > 0 } sent })
        {
            _tokens.TryAdd(sent, true);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath.EndsWith("/identity/oauth/token", StringComparison.Ordinal) == true && response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (JsonNode.Parse(body)?["access_token"]?.GetValue<string>() is { Length: > 0 } issued)
            {
                _tokens.TryAdd(issued, true);
            }
        }

        return response;
    }
}
