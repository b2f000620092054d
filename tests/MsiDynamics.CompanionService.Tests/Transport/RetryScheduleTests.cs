using MsiDynamics.CompanionService.Transport;

namespace MsiDynamics.CompanionService.Tests.Transport;

/// <summary>A wait the server names (a Retry-After, Marketo's rate window) is honoured, up to the API's cap.</summary>
public sealed class RetryScheduleTests
{
    private static readonly RetrySchedule Schedule =
        new(MaxRetryAttempts: 3, BaseDelay: TimeSpan.FromSeconds(1), MaxDelay: TimeSpan.FromSeconds(30), ServerDelayCap: TimeSpan.FromMinutes(5));

    [TestCase(10, 10)]
    [TestCase(300, 300)]
    [TestCase(900, 300)]
    public void A_server_delay_is_honoured_up_to_the_cap(int serverSeconds, int expectedSeconds) =>
        Assert.That(Schedule.CapServerDelay(TimeSpan.FromSeconds(serverSeconds)), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));

    [Test]
    public void Without_a_server_delay_the_exponential_back_off_decides() =>
        Assert.That(Schedule.CapServerDelay(null), Is.Null);
}
