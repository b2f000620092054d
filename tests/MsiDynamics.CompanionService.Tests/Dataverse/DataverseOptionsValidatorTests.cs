using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.CompanionService.Tests.Dataverse;

/// <summary>architecture.md §6: validated options; https only except loopback; messages name the setting, never its value.</summary>
public sealed class DataverseOptionsValidatorTests
{
    private const string Secret = "Dv~s3cr3t.Value_8f2a";

    [Test]
    public void Defaults_with_a_secret_are_valid_and_stay_under_Dataverses_limits()
    {
        var options = Valid();

        Assert.That(new DataverseOptionsValidator().Validate(null, options).Succeeded, Is.True);
        Assert.That(new DataverseCredentialsValidator().Validate(null, options).Succeeded, Is.True);
        Assert.That(options.RequestsPerWindow, Is.LessThan(6000));
        Assert.That(options.MaxConcurrentRequests, Is.LessThan(52));
        Assert.That(options.MaxPageSize, Is.EqualTo(5000));
        Assert.That(options.WebApiUrl, Is.EqualTo(new Uri("https://contoso.crm.dynamics.com/api/data/v9.2/")));
    }

    [TestCase("http://contoso.crm.dynamics.com/", "must use https")]
    [TestCase("https://contoso.crm.dynamics.com/api/data/v9.2/", "environment's URL alone")]
    [TestCase("https://contoso.crm.dynamics.com/?x=1", "environment's URL alone")]
    public void A_wrong_url_is_refused_with_the_setting_named(string url, string expected)
    {
        var options = Valid();
        options.Url = new Uri(url);

        var result = new DataverseOptionsValidator().Validate(null, options);

        Assert.That(result.FailureMessage, Does.Contain("Dataverse:Url").And.Contain(expected));
    }

    [Test]
    public void Loopback_http_is_accepted_for_the_emulator()
    {
        var options = Valid();
        options.Url = new Uri("http://127.0.0.1:5123/");

        Assert.That(new DataverseOptionsValidator().Validate(null, options).Succeeded, Is.True);
    }

    [Test]
    public void A_secret_and_a_certificate_together_are_refused_without_echoing_either()
    {
        var options = Valid();
        options.CertificatePath = "/run/secrets/dataverse.pfx";

        var result = new DataverseCredentialsValidator().Validate(null, options);

        Assert.That(result.FailureMessage, Does.Contain("not both").And.Not.Contain(Secret));
    }

    [Test]
    public void Missing_credentials_are_named()
    {
        var result = new DataverseCredentialsValidator().Validate(null, new DataverseOptions { Url = new Uri("https://contoso.crm.dynamics.com") });

        Assert.That(result.FailureMessage, Does.Contain("Dataverse:TenantId").And.Contain("Dataverse:ClientId").And.Contain("Dataverse:ClientSecret"));
    }

    [TestCase(nameof(DataverseOptions.MaxConcurrentRequests), 53)]
    [TestCase(nameof(DataverseOptions.RequestsPerWindow), 6001)]
    [TestCase(nameof(DataverseOptions.MaxPageSize), 5001)]
    [TestCase(nameof(DataverseOptions.MaxBatchRequests), 1001)]
    [TestCase(nameof(DataverseOptions.UpdateFallbackBatchSize), 1001)]
    public void Limits_above_Dataverses_are_refused(string setting, int value)
    {
        var options = Valid();
        typeof(DataverseOptions).GetProperty(setting)!.SetValue(options, value);

        Assert.That(new DataverseOptionsValidator().Validate(null, options).FailureMessage, Does.Contain("Dataverse:" + setting));
    }

    private static DataverseOptions Valid() => new()
    {
        Url = new Uri("https://contoso.crm.dynamics.com/"),
        TenantId = "contoso.onmicrosoft.com",
        ClientId = "5f1c7a2e-0000-4000-8000-00000000c11e",
        ClientSecret = Secret,
    };
}
