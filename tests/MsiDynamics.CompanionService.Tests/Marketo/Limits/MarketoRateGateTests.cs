using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Limits;

/// <summary>
/// Marketo's gate, configured from its options, never lets more calls into an exact window than allowed
/// (marketo.md §5.1: "100 calls in any 20 s"). It runs on a fake clock: ten calls go out 50 ms apart, ten more
/// wait, and each waiting call must go out exactly one window after the call whose permit it takes.
/// </summary>
public sealed class MarketoRateGateTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    [Test]
    public async Task No_exact_window_sees_more_calls_than_allowed()
    {
        var time = new TimerWatchingTimeProvider(Start);
        var options = Options.Create(new MarketoOptions { CallsPer20Seconds = 10, MaxConcurrentCalls = 20, RateWindow = Window });
        using var gate = new MarketoRateGate(options, time);
        var sent = Channel.CreateUnbounded<TimeSpan>();
        Task Send() => gate.Pipeline.ExecuteAsync(_ =>
        {
            sent.Writer.TryWrite(time.GetUtcNow() - Start);
            return ValueTask.CompletedTask;
        }).AsTask();
        async Task<TimeSpan> NextSent() => await sent.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        var starts = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            _ = Send();
            starts.Add(await NextSent());
            time.Fake.Advance(i < 9 ? Step : TimeSpan.Zero);
        }

        var waiting = Enumerable.Range(0, 10).Select(_ => Send()).ToList();
        for (var i = 0; i < 10; i++)
        {
            Assert.That(await time.NextTimerAsync(), Is.EqualTo(Step), "until the next oldest permit is back");
            time.Fake.Advance(Step);
            starts.Add(await NextSent());
        }

        await Task.WhenAll(waiting);
        Assert.That(starts.Skip(10), Is.EqualTo(starts.Take(10).Select(t => t + Window)), "each exactly one window after the permit's last call");
        var busiest = starts.Max(t => starts.Count(u => u >= t && u < t + Window));
        Assert.That(busiest, Is.EqualTo(10));
    }
}
