using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Retention;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Retention;

/// <summary>The retention period's setting (architecture.md §4): whole days from 1 to 365, 7 unless set.</summary>
public sealed class RetentionOptionsValidatorTests
{
    [TestCase(0)]
    [TestCase(-7)]
    [TestCase(366)]
    public void A_period_outside_1_to_365_days_is_refused_naming_the_setting(int days)
    {
        var result = new RetentionOptionsValidator().Validate(null, new RetentionOptions { Days = days });

        Assert.That(result.Failures, Has.One.EqualTo("Retention:Days must be between 1 and 365: set it within that range."));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(365)]
    public void A_period_of_1_to_365_days_is_accepted(int days)
    {
        Assert.That(new RetentionOptionsValidator().Validate(null, new RetentionOptions { Days = days }).Succeeded, Is.True);
    }

    [Test]
    public async Task The_scheduler_keeps_7_days_unless_told_otherwise_and_is_not_built_from_a_refused_period()
    {
        await using var unset = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent());
        await using var refused = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent(),
            settings: new Dictionary<string, string?> { ["Retention:Days"] = "400" });

        Assert.That(unset.Get<IOptions<RetentionOptions>>().Value.Days, Is.EqualTo(7));
        var error = Assert.Throws<OptionsValidationException>(() => refused.Get<RetentionScheduler>());
        Assert.That(error!.Message, Does.Contain("Retention:Days"));
    }
}
