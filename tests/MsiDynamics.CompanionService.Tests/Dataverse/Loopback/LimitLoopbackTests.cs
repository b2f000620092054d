using System.Text.Json.Nodes;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// The client's own service-protection budget against the emulator, which measures Dataverse's limits exactly
/// (specs/dataverse.md §6): with the client's limits inside the emulator's, a burst of work is never refused.
/// These run on real time, with a short window and a little latency, so that limits are actually reached.
/// </summary>
public sealed class LimitLoopbackTests
{
    [Test]
    public async Task A_burst_never_has_more_requests_in_flight_than_the_client_allows_so_none_is_refused()
    {
        await using var dv = await LoopbackDataverse.StartAsync(
            emulator: e => { e.MaxConcurrentRequests = 4; e.Faults.Latency = TimeSpan.FromMilliseconds(10); },
            client: new Dictionary<string, string?> { ["Dataverse:MaxConcurrentRequests"] = "4" });

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            dv.Worker.Client.Records.CreateAsync("accounts", new JsonObject { ["name"] = $"Burst {i}" })));

        Assert.That(outcomes.Select(o => o.IsSuccess), Has.All.True);
        Assert.That(dv.Traffic.PeakConcurrency, Is.InRange(2, 4), "the burst did run in parallel, within the limit");
        Assert.That((dv.Traffic.ThrottledRequests, dv.Organization.Rows("account").Count), Is.EqualTo((0, 60)));
    }

    [Test]
    public async Task A_client_budget_of_half_the_emulators_window_is_never_throttled()
    {
        await using var dv = await LoopbackDataverse.StartAsync(
            emulator: e => { e.RequestsPerWindow = 20; e.RequestWindow = TimeSpan.FromMilliseconds(400); },
            client: new Dictionary<string, string?> { ["Dataverse:RequestsPerWindow"] = "10", ["Dataverse:RequestWindow"] = "00:00:00.400" });

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            dv.Worker.Client.Records.CreateAsync("accounts", new JsonObject { ["name"] = $"Paced {i}" })));

        Assert.That(outcomes.Select(o => o.IsSuccess), Has.All.True);
        Assert.That((dv.Traffic.ThrottledRequests, dv.Traffic.TotalRequests), Is.EqualTo((0, 40)));
    }
}
