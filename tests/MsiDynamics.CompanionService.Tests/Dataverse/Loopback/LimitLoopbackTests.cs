using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// The client's own service-protection budget against the emulator, which measures Dataverse's limits exactly
/// (dataverse.md §6): with the client's limits inside the emulator's, a burst of work is never refused.
/// Both run on a fake clock shared by the client and the emulator: the burst's holds each request in the emulator,
/// the window test's times the client's window.
/// </summary>
public sealed class LimitLoopbackTests
{
    [Test]
    public async Task A_burst_never_has_more_requests_in_flight_than_the_client_allows_so_none_is_refused()
    {
        // The emulator holds each request for its latency on a fake clock: the test sees four held at once (the
        // client's limit), lets them answer, and so on, so the concurrency reached does not depend on the machine.
        var time = new TimerWatchingTimeProvider(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var latency = TimeSpan.FromMilliseconds(10);
        await using var dv = await LoopbackDataverse.StartAsync(time,
            e => { e.MaxConcurrentRequests = 4; e.Faults.Latency = latency; },
            new Dictionary<string, string?> { ["Dataverse:MaxConcurrentRequests"] = "4" });

        var burst = Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            dv.Worker.Client.Records.CreateAsync("accounts", new JsonObject { ["name"] = $"Burst {i}" })));
        for (var round = 0; round < 15; round++)
        {
            for (var held = 0; held < 4; held++)
            {
                Assert.That(await time.NextTimerAsync(), Is.EqualTo(latency), "only the emulator's latency waits: nothing was refused");
            }

            time.Fake.Advance(latency);
        }

        var outcomes = await burst.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(outcomes.Select(o => o.IsSuccess), Has.All.True);
        Assert.That((dv.Traffic.ThrottledRequests, dv.Organization.Rows("account").Count), Is.EqualTo((0, 60)),
            "the emulator refuses a fifth request in flight at once");
    }

    [Test]
    public async Task A_client_budget_of_half_the_emulators_window_is_never_throttled()
    {
        // Both sides on one fake clock that moves only here: the client sends its ten at one instant and waits for
        // the oldest permit; the test lets those ten be answered and then exactly the waiting time pass.
        var time = new TimerWatchingTimeProvider(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var window = TimeSpan.FromMilliseconds(400);
        await using var dv = await LoopbackDataverse.StartAsync(time,
            emulator: e => { e.RequestsPerWindow = 20; e.RequestWindow = window; },
            client: new Dictionary<string, string?> { ["Dataverse:RequestsPerWindow"] = "10", ["Dataverse:RequestWindow"] = "00:00:00.400" });

        var answered = new SemaphoreSlim(0);
        var requests = Enumerable.Range(0, 40).Select(i =>
            dv.Worker.Client.Records.CreateAsync("accounts", new JsonObject { ["name"] = $"Paced {i}" })).ToList();
        requests.ForEach(r => r.ContinueWith(_ => answered.Release(), TaskScheduler.Default));
        for (var round = 0; round < 4; round++)
        {
            var wait = time.NextTimerAsync();
            for (var i = 0; i < 10; i++)
            {
                Assert.That(await answered.WaitAsync(TimeSpan.FromSeconds(10)), Is.True, "the budget lets ten out at once");
            }

            if (round < 3)
            {
                Assert.That(await wait, Is.EqualTo(window), "the next request waits exactly until the first permit's window ends");
                time.Fake.Advance(window);
            }
        }

        var outcomes = await Task.WhenAll(requests);
        Assert.That(outcomes.Select(o => o.IsSuccess), Has.All.True);
        Assert.That((dv.Traffic.ThrottledRequests, dv.Traffic.TotalRequests), Is.EqualTo((0, 40)));
    }
}
