using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// The concurrency limit (marketo.md §5.1: 10 calls in flight, 615). Calls are held in flight by
/// injected latency on a fake clock, which only the test moves: no sleeping.
/// </summary>
public sealed class ConcurrencyTests
{
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(10)]
    public async Task One_call_more_than_the_limit_in_flight_answers_615(int limit)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var options = new MarketoEmulatorOptions { TimeProvider = time, MaxConcurrentCalls = limit };
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        options.Faults.Latency = TimeSpan.FromSeconds(1);

        var calls = Enumerable.Range(0, limit + 1).Select(_ => client.GetAsync("rest/v1/activities/types.json")).ToList();
        var firstDone = await WithDeadline(Task.WhenAny(calls));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Task.WhenAll(calls).IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(Task.WhenAll(calls), Task.Delay(10));
        }

        var codes = (await WithDeadline(Task.WhenAll(calls))).Select(MarketoTestClient.ErrorCode).ToList();
        Assert.That(MarketoTestClient.ErrorCode(await firstDone), Is.EqualTo("615"));
        Assert.That(codes.Count(c => c == "615"), Is.EqualTo(1));
        Assert.That(codes.Count(c => c is null), Is.EqualTo(limit));
        Assert.That(emulator.Traffic.PeakConcurrency, Is.EqualTo(limit + 1));
    }

    [Test]
    public async Task Calls_within_the_limit_all_succeed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var options = new MarketoEmulatorOptions { TimeProvider = time, MaxConcurrentCalls = 4 };
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        options.Faults.Latency = TimeSpan.FromSeconds(1);

        var calls = Enumerable.Range(0, 4).Select(_ => client.GetAsync("rest/v1/activities/types.json")).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Task.WhenAll(calls).IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(Task.WhenAll(calls), Task.Delay(10));
        }

        var codes = (await WithDeadline(Task.WhenAll(calls))).Select(MarketoTestClient.ErrorCode);
        Assert.That(codes, Is.All.Null);
    }

    private static async Task<T> WithDeadline<T>(Task<T> task)
    {
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.That(finished, Is.SameAs(task), "the calls did not finish within the deadline");
        return await task;
    }
}
