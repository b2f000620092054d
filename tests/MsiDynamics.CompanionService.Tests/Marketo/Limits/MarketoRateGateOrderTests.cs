using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.Tests.Marketo.Limits;

/// <summary>
/// The rate window counts a call when it is sent, not while it waits for a free concurrency slot
/// (<see cref="MarketoRateGate"/>: the concurrency permit first, the window permit last). Marketo counts calls as
/// they arrive (marketo.md §5.1); a call counted while it waited would be counted too early, so calls that
/// waited would arrive in a burst beyond the window (606); and one that gave up waiting would use up the window
/// without being sent. The window here is an hour long, so no permit comes back during the test and nothing depends
/// on the clock.
/// </summary>
public sealed class MarketoRateGateOrderTests
{
    [Test]
    public async Task A_call_that_gave_up_waiting_for_a_free_slot_used_none_of_the_rate_window()
    {
        using var gate = new MarketoRateGate(Options.Create(new MarketoOptions
        {
            MaxConcurrentCalls = 1, CallsPer20Seconds = 2, RateWindow = TimeSpan.FromHours(1),
        }), new FakeTimeProvider());
        var sent = new List<string>();
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = gate.Pipeline.ExecuteAsync(async _ => { sent.Add("first"); await inFlight.Task; }).AsTask();

        using var giveUp = new CancellationTokenSource();
        var waiting = gate.Pipeline.ExecuteAsync(_ => { sent.Add("gave up"); return ValueTask.CompletedTask; }, giveUp.Token).AsTask();
        await giveUp.CancelAsync();
        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        inFlight.SetResult();
        await first;

        var next = gate.Pipeline.ExecuteAsync(_ => { sent.Add("next"); return ValueTask.CompletedTask; }).AsTask();

        Assert.That(async () => await next.WaitAsync(TimeSpan.FromSeconds(10)), Throws.Nothing,
            "the window of 2 calls has room for the second call actually sent");
        Assert.That(sent, Is.EqualTo(new[] { "first", "next" }));
    }
}
