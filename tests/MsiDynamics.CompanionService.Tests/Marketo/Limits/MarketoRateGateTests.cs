using System.Diagnostics;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.Tests.Marketo.Limits;

/// <summary>
/// The client's window must hold every permit at least Marketo's exact window, although the limiter
/// frees permits per segment and its timer ticks in whole milliseconds (a 20.4 ms segment ran as 20 ms
/// and let 13 calls into a 10-per-2-s window: this is the test for that bug).
/// </summary>
public sealed class MarketoRateGateTests
{
    [TestCase(20_000)]
    [TestCase(2_000)]
    [TestCase(200)]
    [TestCase(50)]
    public void A_permit_is_held_at_least_one_Marketo_window_plus_one_percent(int windowMs)
    {
        var (window, segments) = MarketoRateGate.LimiterWindow(TimeSpan.FromMilliseconds(windowMs));
        var segment = window / segments;

        Assert.That(segment.Ticks % TimeSpan.TicksPerMillisecond, Is.Zero, "whole milliseconds, as the timer runs them");
        Assert.That(segment * (segments - 1), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(windowMs * 1.01)));
    }

    [Test]
    public void In_production_the_padding_costs_under_two_percent_of_throughput()
    {
        var (window, _) = MarketoRateGate.LimiterWindow(TimeSpan.FromSeconds(20));

        Assert.That(20 / window.TotalSeconds, Is.GreaterThan(0.98));
    }

    [Test]
    public async Task No_exact_window_sees_more_calls_than_allowed()
    {
        var options = Options.Create(new MarketoOptions { CallsPer20Seconds = 10, MaxConcurrentCalls = 3, RateWindow = TimeSpan.FromMilliseconds(500) });
        using var gate = new MarketoRateGate(options);
        var clock = Stopwatch.StartNew();
        var starts = new List<double>();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 8; i++)
            {
                await gate.Pipeline.ExecuteAsync(async ct =>
                {
                    lock (starts)
                    {
                        starts.Add(clock.Elapsed.TotalMilliseconds);
                    }

                    await Task.Yield();
                });
            }
        })));

        var busiest = starts.Max(t => starts.Count(u => u >= t && u < t + 500));
        Assert.That(busiest, Is.LessThanOrEqualTo(10));
    }
}
