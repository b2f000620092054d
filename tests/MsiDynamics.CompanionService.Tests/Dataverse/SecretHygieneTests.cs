using System.Net;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse;

/// <summary>architecture.md §6: no secret or token in any log line, exception message, outcome or ToString.</summary>
public sealed class SecretHygieneTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public void Options_tokens_and_token_sources_never_print_their_secrets()
    {
        var options = new DataverseOptions
        {
            Url = new Uri(DataverseClientHarness.Url), TenantId = "contoso.onmicrosoft.com", ClientId = "client-5f1c",
            ClientSecret = DataverseClientHarness.ClientSecret, CertificatePassword = "pfx-pass-77",
        };
        var token = new DataverseAccessToken("eyJ0eXAi.issued", DateTimeOffset.UtcNow);

        var printed = string.Join("\n", options, token, new StaticTokenSource("eyJ0eXAi.static"), DataverseTokenResult.Issued(token));

        Assert.That(printed, Does.Not.Contain(DataverseClientHarness.ClientSecret).And.Not.Contain("pfx-pass-77")
            .And.Not.Contain("eyJ0eXAi").And.Not.Contain("client-5f1c"));
        Assert.That(printed, Does.Contain("redacted"));
    }

    [Test]
    public async Task Nothing_the_client_logs_or_returns_carries_the_token_or_the_secret()
    {
        var calls = 0;
        await using var h = DataverseClientHarness.Create(_ => Interlocked.Increment(ref calls) switch
        {
            1 => StubDataverseResponse.Error(HttpStatusCode.Unauthorized, "", "expired"),
            2 => StubDataverseResponse.Dropped(),
            3 => StubDataverseResponse.Throttled(0),
            4 => StubDataverseResponse.Error(HttpStatusCode.ServiceUnavailable, "", "busy"),
            _ => StubDataverseResponse.Error(HttpStatusCode.Forbidden, "0x80040220", "missing privilege"),
        });

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        var everything = string.Join("\n", h.Logs.All, outcome, outcome.Error);
        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.AccessDenied));
        Assert.That(h.Logs.Lines, Is.Not.Empty);
        Assert.That(everything, Does.Not.Contain(CountingTokenSource.Prefix).And.Not.Contain(DataverseClientHarness.ClientSecret));
        Assert.That(everything, Does.Not.Contain("Bearer"));
    }

    [Test]
    public async Task A_token_failure_is_an_AccessDenied_outcome_naming_settings_and_no_request_is_sent()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent());
        h.Tokens.Failure = DataverseTokenResult.Refused("Microsoft Entra ID refused (invalid_client): check Dataverse:ClientSecret");

        var outcome = await h.Client.Records.DeleteAsync("leads", Id);

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.AccessDenied));
        Assert.That(outcome.Error!.Message, Does.Contain("Dataverse:ClientSecret").And.Not.Contain(DataverseClientHarness.ClientSecret));
        Assert.That(h.Stub.All, Is.Empty);
    }
}
