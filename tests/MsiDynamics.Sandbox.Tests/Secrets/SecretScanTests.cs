using MsiDynamics.Tests.Secrets;

namespace MsiDynamics.Sandbox.Tests.Secrets;

/// <summary>The scan finds what it looks for, says where, and never quotes the secret.</summary>
public sealed class SecretScanTests
{
    [Test]
    public void A_secret_a_bearer_value_and_access_token_are_found_and_named_by_place_without_the_value()
    {
        var scan = new SecretScan();
        scan.Secret("client secret", "s3cr3t-value-123");
        scan.Add("log", ["fine", "sent client_secret=s3cr3t-value-123", "Authorization: Bearer abcDEF12.ghi-jk_l"]);
        scan.Add("row", ["{\"access_token\":\"x\"}"]);

        var findings = scan.Findings();

        Assert.That(findings, Is.EqualTo(new[] { "log #1: client secret", "log #2: a Bearer token", "row #0: the word access_token" }));
        Assert.That(findings, Has.None.Contains("s3cr3t-value-123"));
    }

    [Test]
    public void Advice_that_names_the_bearer_scheme_without_a_token_is_not_a_finding()
    {
        var scan = new SecretScan();
        scan.Add("log", ["The request has no bearer token: send 'Authorization: Bearer <access token>'.", "token_type bearer"]);

        Assert.That(scan.Findings(), Is.Empty);
    }
}
