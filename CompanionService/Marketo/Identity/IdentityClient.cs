using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Identity;

/// <summary>
/// Asks Marketo's identity endpoint for a client-credentials token:
/// <c>GET {BaseUrl}/identity/oauth/token?grant_type=client_credentials&amp;client_id=…&amp;client_secret=…</c>
/// (marketo.md §1). The request goes through the rate gate like any call.
/// </summary>
/// <remarks>
/// The secret is in this one request's query string, as Marketo documents it; the HTTP client has the
/// factory's URI-logging handlers removed (see <see cref="MarketoServiceCollectionExtensions"/>), and
/// nothing here puts the URI into a log line or an exception message.
/// </remarks>
public sealed class IdentityClient(
    IHttpClientFactory httpClients, MarketoRateGate gate, IOptions<MarketoOptions> options, TimeProvider time)
{
    public const string Path = "identity/oauth/token";

    /// <summary>Refresh when less than this is left (Decision 1).</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    public async Task<IdentityResult> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var uri = $"{Path}?grant_type=client_credentials&client_id={Uri.EscapeDataString(o.ClientId ?? string.Empty)}"
            + $"&client_secret={Uri.EscapeDataString(o.ClientSecret ?? string.Empty)}";
        try
        {
            return await gate.Pipeline.ExecuteAsync(
                async ct =>
                {
                    var http = httpClients.CreateClient(MarketoServiceCollectionExtensions.HttpClientName);
                    using var response = await http.GetAsync(uri, ct).ConfigureAwait(false);
                    var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                    return Read((int)response.StatusCode, MarketoJson.TryRead<IdentityResponse>(body));
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            return new IdentityResult(null, MarketoErrorCodes.NoHttpResponse, "no response from identity");
        }
        catch (IOException)
        {
            return new IdentityResult(null, MarketoErrorCodes.NoHttpResponse, "connection lost during identity");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new IdentityResult(null, MarketoErrorCodes.NoHttpResponse, "identity timed out");
        }
    }

    private IdentityResult Read(int status, IdentityResponse? response)
    {
        if (status is >= 200 and < 300 && response?.AccessToken is { Length: > 0 } value)
        {
            var token = MarketoAccessToken.Issued(
                value, time.GetUtcNow(), TimeSpan.FromSeconds(Math.Max(0, response.ExpiresIn)), RefreshMargin);
            return new IdentityResult(token, status, null);
        }

        // A 2xx without a token is odd but not the credentials' fault: treat it as a server failure.
        var effectiveStatus = status is >= 200 and < 300 ? 502 : status;
        return new IdentityResult(null, effectiveStatus, response?.Error ?? "no access_token in the response");
    }
}
