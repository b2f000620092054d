using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.DrainLease;

/// <summary>The drain lease's settings (dataverse.md §0.10): a renewal interval plus a Marketo call must fit inside the lifetime.</summary>
public sealed class DrainLeaseOptionsValidatorTests
{
    [Test]
    public void A_renewal_interval_plus_the_Marketo_request_timeout_longer_than_the_lifetime_is_refused_naming_the_settings()
    {
        var result = Validate(new DrainLeaseOptions { Lifetime = TimeSpan.FromSeconds(60), RenewalInterval = TimeSpan.FromSeconds(20) },
            marketoTimeout: TimeSpan.FromSeconds(41));

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("DrainLease:RenewalInterval plus Marketo:RequestTimeout must not exceed DrainLease:Lifetime"));
    }

    [Test]
    public void A_renewal_interval_plus_the_Marketo_request_timeout_that_fits_the_lifetime_is_accepted()
    {
        var result = Validate(new DrainLeaseOptions { Lifetime = TimeSpan.FromSeconds(60), RenewalInterval = TimeSpan.FromSeconds(20) },
            marketoTimeout: TimeSpan.FromSeconds(40));

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void An_empty_or_overlong_holder_name_and_a_zero_lifetime_are_refused()
    {
        var empty = Validate(new DrainLeaseOptions { Holder = " ", Lifetime = TimeSpan.Zero }, TimeSpan.FromSeconds(1));
        var overlong = Validate(new DrainLeaseOptions { Holder = new string('h', 61), Lifetime = TimeSpan.FromMinutes(5) }, TimeSpan.FromSeconds(1));

        Assert.That(empty.Failures, Has.Some.StartsWith("DrainLease:Holder is required").And.Some.StartsWith("DrainLease:Lifetime must be a positive duration"));
        Assert.That(overlong.Failures, Has.One.StartsWith("DrainLease:Holder length must be between 0 and 60"));
    }

    [Test]
    public async Task The_lease_holder_is_not_built_from_settings_the_validator_refuses()
    {
        await using var dataverse = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent(), settings: new Dictionary<string, string?>
        {
            ["DrainLease:Lifetime"] = "00:00:50",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => dataverse.Get<DrainLeaseHolder>());

        Assert.That(refused!.Message, Does.Contain("Marketo:RequestTimeout"), "20 s renewals and the 40 s Marketo time-out do not fit a 50 s lease");
    }

    [Test]
    public async Task The_default_lease_and_Marketo_time_out_fit_together_so_the_holder_builds_without_settings()
    {
        await using var dataverse = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent());

        Assert.That(dataverse.Get<DrainLeaseHolder>(), Is.Not.Null, "60 s lease, 20 s renewals, 40 s Marketo time-out");
    }

    private static ValidateOptionsResult Validate(DrainLeaseOptions options, TimeSpan marketoTimeout) =>
        new DrainLeaseOptionsValidator(Options.Create(new MarketoOptions { RequestTimeout = marketoTimeout })).Validate(null, options);
}
