using MsiDynamics.Sandbox.Chaos;

namespace MsiDynamics.Sandbox.Tests.Chaos;

/// <summary><c>chaos</c>'s options: the CI size by default, each scalable, a mistake named.</summary>
public sealed class ChaosOptionsTests
{
    [Test]
    public void No_option_is_the_CI_sized_run()
    {
        var options = ChaosOptions.Parse([], out var error);

        Assert.That((options, error), Is.EqualTo((new ChaosOptions(10_000, 20261202, 20, 3, 4), (string?)null)));
    }

    [Test]
    public void Operations_seed_kills_workers_users_and_details_scale_it()
    {
        var options = ChaosOptions.Parse(["--operations", "500", "--seed", "7", "--kills", "3", "--workers", "2", "--users", "5", "--details", "out.txt"], out _);

        Assert.That(options, Is.EqualTo(new ChaosOptions(500, 7, 3, 2, 5, "out.txt")));
    }

    [TestCase("--kills", "many", "'--kills' needs a whole number after it.")]
    [TestCase("--storm", "3", "Unknown option '--storm'.")]
    public void A_mistake_is_named(string option, string value, string expected)
    {
        var options = ChaosOptions.Parse([option, value], out var error);

        Assert.That((options, error), Is.EqualTo(((ChaosOptions?)null, expected)));
    }
}
