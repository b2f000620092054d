using System.Threading.Channels;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.CompanionService.Transport;

namespace MsiDynamics.CompanionService.Tests.Transport;

/// <summary>
/// The gate's exact window on a fake clock (marketo.md §5.1, dataverse.md §6): a permit comes back exactly one
/// window after its call was answered, waiters go oldest first, and a waiter that gave up used no permit.
/// Each call records the fake time at which it went out; nothing here depends on the machine's speed.
/// </summary>
public sealed class RateGateTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private TimerWatchingTimeProvider _time = null!;
    private Channel<(string Name, TimeSpan At)> _sent = null!;

    [SetUp]
    public void NewClock()
    {
        _time = new TimerWatchingTimeProvider(Start);
        _sent = Channel.CreateUnbounded<(string, TimeSpan)>();
    }

    [Test]
    public async Task A_waiting_call_goes_out_exactly_when_the_oldest_permits_window_ends()
    {
        using var gate = new RateGate(10, 2, Window, _time);
        _ = Send(gate, "a");
        Assert.That(await NextSent(), Is.EqualTo(("a", TimeSpan.Zero)));
        _time.Fake.Advance(TimeSpan.FromMilliseconds(300));
        _ = Send(gate, "b");
        Assert.That(await NextSent(), Is.EqualTo(("b", TimeSpan.FromMilliseconds(300))));

        var c = Send(gate, "c");

        Assert.That(await _time.NextTimerAsync(), Is.EqualTo(TimeSpan.FromMilliseconds(700)), "until a's window ends");
        _time.Fake.Advance(TimeSpan.FromMilliseconds(699));
        Assert.That(_sent.Reader.TryRead(out _), Is.False);
        _time.Fake.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(await NextSent(), Is.EqualTo(("c", Window)));
        await c;
    }

    [Test]
    public async Task A_permit_comes_back_one_window_after_its_call_was_answered_however_long_the_call_took()
    {
        using var gate = new RateGate(10, 1, Window, _time);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = gate.Pipeline.ExecuteAsync(
            async _ =>
            {
                _sent.Writer.TryWrite(("a", _time.GetUtcNow() - Start));
                await answer.Task;
            }).AsTask();
        await NextSent();
        var b = Send(gate, "b");

        _time.Fake.Advance(TimeSpan.FromMilliseconds(400));
        answer.SetResult();
        await a;

        // The server may have counted a as late as its answer: b goes out one window after that, not after a left.
        Assert.That(await _time.NextTimerAsync(), Is.EqualTo(Window));
        _time.Fake.Advance(Window - TimeSpan.FromMilliseconds(1));
        Assert.That(_sent.Reader.TryRead(out _), Is.False);
        _time.Fake.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(await NextSent(), Is.EqualTo(("b", TimeSpan.FromMilliseconds(1400))));
        await b;
    }

    [Test]
    public async Task Waiters_are_served_oldest_first_each_as_a_permit_comes_back()
    {
        using var gate = new RateGate(10, 1, Window, _time);
        _ = Send(gate, "a");
        var waiting = new[] { Send(gate, "b"), Send(gate, "c"), Send(gate, "d") };
        await NextSent();

        var order = new List<(string, TimeSpan)>();
        for (var i = 0; i < waiting.Length; i++)
        {
            await _time.ElapseNextTimerAsync();
            order.Add(await NextSent());
        }

        Assert.That(order, Is.EqualTo(new[] { ("b", Window), ("c", 2 * Window), ("d", 3 * Window) }));
        await Task.WhenAll(waiting);
    }

    [Test]
    public async Task A_waiter_that_gave_up_used_no_permit_and_the_next_takes_its_turn()
    {
        using var gate = new RateGate(10, 1, Window, _time);
        _ = Send(gate, "a");
        using var giveUp = new CancellationTokenSource();
        var gaveUp = Send(gate, "gave up", giveUp.Token);
        var next = Send(gate, "next");
        await NextSent();

        await giveUp.CancelAsync();
        Assert.That(async () => await gaveUp, Throws.InstanceOf<OperationCanceledException>());
        await _time.ElapseNextTimerAsync();

        Assert.That(await NextSent(), Is.EqualTo(("next", Window)), "not a window later: the one that gave up took none");
        await next;
    }

    [Test]
    public void Callers_racing_on_many_threads_get_no_more_permits_than_the_window_holds()
    {
        using var window = new WindowLimiter(10, Window, _time);
        int Race()
        {
            var admitted = 0;
            Parallel.For(0, 200, _ =>
            {
                using var lease = window.AttemptAcquire();
                if (lease.IsAcquired)
                {
                    Interlocked.Increment(ref admitted);
                }
            });
            return admitted;
        }

        var first = Race();
        _time.Fake.Advance(Window - TimeSpan.FromTicks(1));
        var beforeTheWindowEnds = Race();
        _time.Fake.Advance(TimeSpan.FromTicks(1));

        Assert.That((first, beforeTheWindowEnds, Race()), Is.EqualTo((10, 0, 10)));
    }

    private Task Send(RateGate gate, string name, CancellationToken cancellationToken = default) =>
        gate.Pipeline.ExecuteAsync(
            _ =>
            {
                _sent.Writer.TryWrite((name, _time.GetUtcNow() - Start));
                return ValueTask.CompletedTask;
            },
            cancellationToken).AsTask();

    private Task<(string Name, TimeSpan At)> NextSent() =>
        _sent.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
