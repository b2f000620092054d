using MsiDynamics.Emulators.Kit.Traffic;

namespace MsiDynamics.Emulators.Tests.Kit;

/// <summary>The traffic report's concurrency figures: what is in flight now and the most at once.</summary>
public sealed class InFlightGaugeTests
{
    [Test]
    public void The_peak_keeps_the_most_requests_in_flight_at_once_and_a_reset_starts_from_now()
    {
        var gauge = new InFlightGauge();

        gauge.Enter();
        gauge.Enter();
        gauge.Leave();
        gauge.Enter();
        gauge.Enter();
        gauge.Leave();

        Assert.That((gauge.Current, gauge.Peak), Is.EqualTo((2, 3)));
        gauge.ResetPeak();
        Assert.That(gauge.Peak, Is.EqualTo(2));
    }

    [Test]
    public void Concurrent_requests_are_all_counted()
    {
        var gauge = new InFlightGauge();

        Parallel.For(0, 1000, _ => gauge.Enter());

        Assert.That((gauge.Current, gauge.Peak), Is.EqualTo((1000, 1000)));
    }
}
