using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>The sliding rate window and the daily quota (marketo.md §5.1, §5.2).</summary>
public sealed class RateLimitTests
{
    // 2026-03-02 05:30Z is 23:30 on 1 March in Chicago (CST, UTC−6): half an hour before the quota resets.
    private static readonly DateTimeOffset LateEveningInChicago = new(2026, 3, 2, 5, 30, 0, TimeSpan.Zero);

    [TestCase(5, 20)]
    [TestCase(100, 20)]
    public async Task The_call_after_the_window_budget_answers_606_naming_the_limit(int calls, int seconds)
    {
        var time = new FakeTimeProvider(LateEveningInChicago);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time, CallsPerWindow = calls, RateWindow = TimeSpan.FromSeconds(seconds) });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var codes = new List<string?>();
        for (var i = 0; i <= calls; i++)
        {
            codes.Add(MarketoTestClient.ErrorCode(await client.GetAsync("rest/v1/activities/types.json")));
        }

        var refused = await client.GetAsync("rest/v1/activities/types.json");
        Assert.That(codes.Take(calls), Is.All.Null);
        Assert.That(codes[^1], Is.EqualTo("606"));
        Assert.That(refused["errors"]![0]!["message"]!.GetValue<string>(), Is.EqualTo($"Max rate limit '{calls}' exceeded with in '{seconds}' secs"));
        Assert.That(emulator.Traffic.MaxCallsInAnyWindow, Is.EqualTo(calls + 2));
    }

    [Test]
    public async Task Calls_are_allowed_again_once_the_window_has_slid_past()
    {
        var time = new FakeTimeProvider(LateEveningInChicago);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time, CallsPerWindow = 2 });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync("rest/v1/activities/types.json");
        }

        time.Advance(TimeSpan.FromSeconds(20));
        var answer = await client.GetAsync("rest/v1/activities/types.json");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.Null);
    }

    [Test]
    public async Task Calls_refused_with_601_do_not_count_against_the_rate_limit()
    {
        var time = new FakeTimeProvider(LateEveningInChicago);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time, CallsPerWindow = 2 });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var token = client.Token;
        client.Token = "stale";
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync("rest/v1/activities/types.json");
        }

        client.Token = token;
        var first = await client.GetAsync("rest/v1/activities/types.json");
        var second = await client.GetAsync("rest/v1/activities/types.json");

        Assert.That(MarketoTestClient.ErrorCode(first), Is.Null);
        Assert.That(MarketoTestClient.ErrorCode(second), Is.Null);
        Assert.That(emulator.Traffic.CallsWithCode("601"), Is.EqualTo(3));
    }

    [TestCase(29, "607")]
    [TestCase(31, null)]
    public async Task The_daily_quota_answers_607_until_midnight_in_Chicago(int minutesLater, string? expectedCode)
    {
        var time = new FakeTimeProvider(LateEveningInChicago);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time, DailyQuota = 3 });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var codes = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add(MarketoTestClient.ErrorCode(await client.GetAsync("rest/v1/activities/types.json")));
        }

        time.Advance(TimeSpan.FromMinutes(minutesLater));
        var later = await client.GetAsync("rest/v1/activities/types.json");

        Assert.That(codes, Is.EqualTo(new string?[] { null, null, null, "607" }));
        Assert.That(MarketoTestClient.ErrorCode(later), Is.EqualTo(expectedCode));
    }
}
