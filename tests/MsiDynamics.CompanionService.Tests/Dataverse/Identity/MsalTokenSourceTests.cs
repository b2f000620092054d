using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Identity;

/// <summary>The MSAL source against a stub Microsoft Entra token endpoint (no network).</summary>
public sealed class MsalTokenSourceTests
{
    private const string Secret = "Dv~s3cr3t.Value_8f2a";

    [Test]
    public async Task A_token_is_asked_for_with_client_credentials_and_the_dot_default_scope_and_then_cached()
    {
        var entra = new StubEntra(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":3599,"access_token":"eyJ0eXAi.msal-token"}""");
        var source = Source(entra);

        var first = await source.GetTokenAsync(false, CancellationToken.None);
        var second = await source.GetTokenAsync(false, CancellationToken.None);

        Assert.That(first.Token?.Value, Is.EqualTo("eyJ0eXAi.msal-token"));
        Assert.That(second.Token?.Value, Is.EqualTo("eyJ0eXAi.msal-token"));
        var tokenRequests = entra.Bodies.Where(b => b.Contains("grant_type=client_credentials", StringComparison.Ordinal)).ToList();
        Assert.That(tokenRequests, Has.Count.EqualTo(1), "the second call is served from MSAL's cache");
        Assert.That(Uri.UnescapeDataString(tokenRequests[0]), Does.Contain("scope=https://contoso.crm.dynamics.com/.default"));
    }

    [Test]
    public async Task A_refused_secret_is_reported_by_setting_name_and_Entras_code_never_by_value()
    {
        var entra = new StubEntra(HttpStatusCode.Unauthorized,
            """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}""");

        var result = await Source(entra).GetTokenAsync(false, CancellationToken.None);

        Assert.That(result.Token, Is.Null);
        Assert.That(result.Transient, Is.False);
        Assert.That(result.Failure, Does.Contain("Dataverse:ClientSecret").And.Contain("invalid_client").And.Contain("AADSTS7000215").And.Not.Contain(Secret));
    }

    [Test]
    public async Task Callers_that_need_the_first_token_at_once_share_one_token_request()
    {
        var entra = new StubEntra(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":3599,"access_token":"eyJ0eXAi.shared"}""") { Hold = true };
        var source = Source(entra);

        var callers = Enumerable.Range(0, 6).Select(_ => source.GetTokenAsync(false, CancellationToken.None)).ToList();
        await entra.FirstTokenRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        entra.Release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.That(results.Select(r => r.Token?.Value), Has.All.EqualTo("eyJ0eXAi.shared"));
        Assert.That(entra.TokenRequests, Is.EqualTo(1), "the others waited for the one request instead of sending their own");
    }

    [Test]
    public async Task Callers_refused_with_the_same_token_share_one_forced_refresh()
    {
        var entra = new StubEntra(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":3599,"access_token":"eyJ0eXAi.renewed"}""");
        var source = Source(entra);
        await source.GetTokenAsync(false, CancellationToken.None);
        entra.Hold = true;

        var refused = Enumerable.Range(0, 4).Select(_ => source.GetTokenAsync(true, CancellationToken.None)).ToList();
        await entra.FirstTokenRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        entra.Release.SetResult();
        var results = await Task.WhenAll(refused);

        Assert.That(results.Select(r => r.Token?.Value), Has.All.EqualTo("eyJ0eXAi.renewed"));
        Assert.That(entra.TokenRequests, Is.EqualTo(2), "the first token, then one forced refresh for all four");
    }

    private static MsalTokenSource Source(StubEntra entra) => new(
        Options.Create(new DataverseOptions
        {
            Url = new Uri("https://contoso.crm.dynamics.com/"),
            TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ClientId = "5f1c7a2e-0000-4000-8000-00000000c11e",
            ClientSecret = Secret,
        }),
        entra,
        NullLogger<MsalTokenSource>.Instance);

    private sealed class StubEntra(HttpStatusCode status, string tokenBody) : HttpMessageHandler, IMsalHttpClientFactory
    {
        public List<string> Bodies { get; } = [];

        /// <summary>True: token requests are answered only once <see cref="Release"/> is set.</summary>
        public bool Hold { get; set; }

        public TaskCompletionSource FirstTokenRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int TokenRequests => Bodies.Count(b => b.Contains("grant_type=client_credentials", StringComparison.Ordinal));

        public HttpClient GetHttpClient() => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (Bodies)
            {
                Bodies.Add(body);
            }

            var isToken = request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal);
            if (isToken && Hold)
            {
                FirstTokenRequest.TrySetResult();
                await Release.Task;
            }

            var answer = isToken
                ? tokenBody
                : """{"tenant_discovery_endpoint":"https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration","api-version":"1.1","metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net","aliases":["login.microsoftonline.com","login.windows.net"]}]}""";
            return new HttpResponseMessage(isToken ? status : HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
