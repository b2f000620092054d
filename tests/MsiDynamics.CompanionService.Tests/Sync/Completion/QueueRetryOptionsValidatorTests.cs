using MsiDynamics.CompanionService.Sync.Completion;

namespace MsiDynamics.CompanionService.Tests.Sync.Completion;

public sealed class QueueRetryOptionsValidatorTests
{
    private static IEnumerable<string> Failures(QueueRetryOptions options) =>
        new QueueRetryOptionsValidator().Validate(null, options).Failures ?? [];

    [Test]
    public void The_defaults_are_valid()
    {
        Assert.That(Failures(new QueueRetryOptions()), Is.Empty);
    }

    [Test]
    public void A_zero_base_delay_is_refused_by_its_setting_name()
    {
        Assert.That(Failures(new QueueRetryOptions { BaseDelay = TimeSpan.Zero }), Has.Some.Contains("QueueRetry:BaseDelay"));
    }

    [Test]
    public void A_base_above_the_cap_is_refused()
    {
        var options = new QueueRetryOptions { BaseDelay = TimeSpan.FromHours(2), MaxDelay = TimeSpan.FromHours(1) };

        Assert.That(Failures(options), Has.Some.Contains("must not exceed QueueRetry:MaxDelay"));
    }

    [TestCase(0)]
    [TestCase(1001)]
    public void An_attempt_count_outside_one_to_a_thousand_is_refused(int attempts)
    {
        Assert.That(Failures(new QueueRetryOptions { MaxAttempts = attempts }), Has.Some.Contains("QueueRetry:MaxAttempts"));
    }
}
