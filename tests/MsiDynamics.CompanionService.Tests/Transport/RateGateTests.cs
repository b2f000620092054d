using MsiDynamics.CompanionService.Transport;

namespace MsiDynamics.CompanionService.Tests.Transport;

/// <summary>
/// The gate's window must hold every permit at least the server's exact window, although the limiter
/// frees permits per segment and its timer ticks in whole milliseconds (a 20.4 ms segment ran as 20 ms
/// and let 13 calls into a 10-per-2-s window: this is the test for that bug).
/// </summary>
public sealed class RateGateTests
{
    [TestCase(20_000)]
    [TestCase(2_000)]
    [TestCase(200)]
    [TestCase(50)]
    public void A_permit_is_held_at_least_one_server_window_plus_one_percent(int windowMs)
    {
        var (window, segments) = RateGate.LimiterWindow(TimeSpan.FromMilliseconds(windowMs));
        var segment = window / segments;

        Assert.That(segment.Ticks % TimeSpan.TicksPerMillisecond, Is.Zero, "whole milliseconds, as the timer runs them");
        Assert.That(segment * (segments - 1), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(windowMs * 1.01)));
    }

    [Test]
    public void In_production_the_padding_costs_under_two_percent_of_throughput()
    {
        var (window, _) = RateGate.LimiterWindow(TimeSpan.FromSeconds(20));

        Assert.That(20 / window.TotalSeconds, Is.GreaterThan(0.98));
    }

    [Test]
    public void Dataverse_five_minute_window_is_held_at_most_a_second_longer_than_one_percent()
    {
        var (window, _) = RateGate.LimiterWindow(TimeSpan.FromMinutes(5));

        Assert.That(window, Is.LessThanOrEqualTo(TimeSpan.FromMinutes(5) * 1.01 + TimeSpan.FromSeconds(1)));
    }
}
