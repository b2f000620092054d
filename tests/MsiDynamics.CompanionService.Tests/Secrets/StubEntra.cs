using System.Net;
using System.Text;
using Microsoft.Identity.Client;
using MsiDynamics.Tests.Secrets;

namespace MsiDynamics.CompanionService.Tests.Secrets;

/// <summary>
/// Microsoft Entra ID for the worker's real MSAL token source, without the network: instance discovery, then the
/// client-credentials token endpoint, which issues <paramref name="token"/> for <paramref name="clientSecret"/> and
/// refuses any other secret with 401 <c>invalid_client</c> AADSTS7000215, as Entra answers a wrong client secret.
/// </summary>
internal sealed class StubEntra(string clientSecret, string token) : HttpMessageHandler, IMsalHttpClientFactory
{
    private int _issued;
    private int _refused;

    public int Issued => Volatile.Read(ref _issued);

    public int Refused => Volatile.Read(ref _refused);

    public HttpClient GetHttpClient() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK,
                """{"tenant_discovery_endpoint":"https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration","api-version":"1.1","metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net","aliases":["login.microsoftonline.com","login.windows.net"]}]}""");
        }

        var form = await request.Content!.ReadAsStringAsync(cancellationToken);
        var secret = form.Split('&').Select(p => p.Split('=', 2)).Where(p => p[0] == "client_secret").Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();
        if (secret != clientSecret)
        {
            Interlocked.Increment(ref _refused);
            return Json(HttpStatusCode.Unauthorized,
                """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.","error_codes":[7000215]}""");
        }

        Interlocked.Increment(ref _issued);
        return Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{token}}"}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
