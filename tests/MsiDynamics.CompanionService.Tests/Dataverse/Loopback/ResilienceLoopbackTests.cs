using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// Service protection and transient failures over loopback (dataverse.md §6): the client waits a 429's
/// Retry-After and retries 5xx. One fake clock drives both the emulator's window and the client's waits, so no
/// test sleeps: it waits for the client to start waiting, then lets exactly that time pass.
/// </summary>
public sealed class ResilienceLoopbackTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_429_from_the_request_budget_is_waited_out_for_its_Retry_After_and_the_request_then_succeeds()
    {
        var time = new TimerWatchingTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time, e => { e.RequestsPerWindow = 2; e.RequestWindow = TimeSpan.FromSeconds(60); });
        var records = dv.Worker.Client.Records;
        Assert.That((await records.CreateAsync("accounts", Account("One"))).IsSuccess, Is.True);
        time.Fake.Advance(TimeSpan.FromSeconds(15));
        Assert.That((await records.CreateAsync("accounts", Account("Two"))).IsSuccess, Is.True);

        var third = records.CreateAsync("accounts", Account("Three"));
        var waited = await time.ElapseNextTimerAsync();
        var outcome = await third;

        Assert.That(waited, Is.EqualTo(TimeSpan.FromSeconds(45)), "the first request leaves the 60 s window 45 s later");
        Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
        Assert.That(dv.Traffic.ThrottledRequests, Is.EqualTo(1));
        Assert.That(dv.Organization.Rows("account").Select(a => a["name"]), Is.EqualTo(new[] { "One", "Two", "Three" }));
    }

    [Test]
    public async Task An_injected_429_is_waited_out_and_the_emulator_counted_it()
    {
        var time = new TimerWatchingTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time, e => { e.Faults.ThrottleRate = 1; e.Faults.RetryAfter = TimeSpan.FromSeconds(7); });

        var create = dv.Worker.Client.Records.CreateAsync("accounts", Account("Throttled"));
        var waited = await time.NextTimerAsync();
        dv.Emulator.Options.Faults.ThrottleRate = 0;
        time.Fake.Advance(waited);
        var outcome = await create;

        Assert.That(waited, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
        Assert.That((dv.Traffic.ThrottledRequests, dv.Traffic.TotalRequests), Is.EqualTo((1, 2)));
        Assert.That(dv.Organization.Rows("account"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_injected_503_is_retried_with_back_off_and_the_operation_succeeds()
    {
        var time = new TimerWatchingTimeProvider(Start);
        // Back-off of whole seconds: Polly waits in whole milliseconds, so a jittered wait under 1 ms would not wait at all.
        await using var dv = await LoopbackDataverse.StartAsync(time, e => e.Faults.ServiceUnavailableRate = 1,
            new Dictionary<string, string?> { ["Dataverse:RetryBaseDelay"] = "00:00:01", ["Dataverse:MaxRetryDelay"] = "00:00:30" });
        var id = dv.Organization.SeedAccount("Before");

        var update = dv.Worker.Client.Records.UpdateAsync("accounts", id, Account("After"));
        var first = await time.ElapseNextTimerAsync();
        var second = await time.NextTimerAsync();
        dv.Emulator.Options.Faults.ServiceUnavailableRate = 0;
        time.Fake.Advance(second);
        var outcome = await update;

        Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
        Assert.That(new[] { first, second }, Has.All.InRange(TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30)));
        Assert.That((dv.Traffic.ResponsesByStatus.GetValueOrDefault(503), dv.Traffic.TotalRequests), Is.EqualTo((2, 3)));
        Assert.That(dv.Organization.Row("account", id)["name"], Is.EqualTo("After"));
    }

    private static JsonObject Account(string name) => new() { ["name"] = name };
}
