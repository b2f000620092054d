using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Identity;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo;

/// <summary>architecture.md §6: no secret or token in any log line, exception message or ToString.</summary>
public sealed class SecretHygieneTests
{
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [Test]
    public void Options_and_tokens_never_print_their_secrets()
    {
        var options = new MarketoOptions { BaseUrl = Base, ClientId = MarketoClientHarness.ClientId, ClientSecret = MarketoClientHarness.ClientSecret };
        var token = MarketoAccessToken.Issued("cdf01657-110d-4155-99a7-f986b2ff13a0:int", DateTimeOffset.UtcNow, TimeSpan.FromHours(1), TimeSpan.FromMinutes(1));
        var response = new IdentityResponse { AccessToken = token.Value, ExpiresIn = 3599 };

        var printed = string.Join("\n", options, token, response, new IdentityResult(token, 200, null));

        Assert.That(printed, Does.Not.Contain(MarketoClientHarness.ClientSecret).And.Not.Contain(MarketoClientHarness.ClientId).And.Not.Contain(token.Value));
        Assert.That(printed, Does.Contain("redacted"));
    }

    [Test]
    public async Task Nothing_the_client_logs_or_returns_carries_the_secret_or_the_token()
    {
        var calls = 0;
        var stub = new StubMarketoHandler(_ => Interlocked.Increment(ref calls) switch
        {
            1 => StubResponse.Error("602", "Access token expired"),
            2 => StubResponse.Dropped(),
            3 => StubResponse.Error("606", "Max rate limit '100' exceeded with in '20' secs"),
            _ => StubResponse.Error("603", "Access denied"),
        });
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.SalesPersons.SyncAsync([new MarketoSalesPerson(TestRecordIds.Of("u1"), "u1@example.com")]);

        var everything = string.Join("\n", harness.Logs.All, result, result.Call.Message, string.Join("\n", result.Records));
        Assert.That(harness.Logs.Lines, Is.Not.Empty);
        Assert.That(everything, Does.Not.Contain(MarketoClientHarness.ClientSecret));
        Assert.That(everything, Does.Not.Contain("stub-token-"));
        Assert.That(everything, Does.Not.Contain("client_secret"));
    }

    [Test]
    public async Task Refused_credentials_are_reported_by_setting_name_not_by_value()
    {
        var stub = new RefusingIdentityHandler();
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.SalesPersons.SyncAsync([new MarketoSalesPerson(TestRecordIds.Of("u1"), "u1@example.com")]);

        Assert.That(result.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(result.Call.Message, Does.Contain("Marketo:ClientSecret").And.Not.Contain(MarketoClientHarness.ClientSecret));
        Assert.That(harness.Logs.All, Does.Contain("[4104]").And.Not.Contain(MarketoClientHarness.ClientSecret));
    }

    private sealed class RefusingIdentityHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.Unauthorized)
            {
                Content = new StringContent("""{"error":"invalid_client","error_description":"Bad client credentials"}"""),
            });
    }
}
