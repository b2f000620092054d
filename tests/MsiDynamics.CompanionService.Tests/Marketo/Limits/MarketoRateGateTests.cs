using System.Diagnostics;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.Tests.Marketo.Limits;

/// <summary>Marketo's gate, configured from its options, never lets more calls into an exact window than allowed.</summary>
public sealed class MarketoRateGateTests
{
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
