using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// The usage endpoints report the calls the emulator really answered, per day (America/Chicago) and API user,
/// in Marketo's shape <c>{date, total, users:[{userId, count}]}</c> (marketo.md §3.9).
/// </summary>
public sealed class UsageTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Todays_usage_counts_each_api_users_calls_and_not_the_ones_refused_for_the_token()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = new FakeTimeProvider(Noon) });
        using var first = await MarketoTestClient.ConnectAsync(emulator);
        using var second = MarketoTestClient.Anonymous(emulator);
        second.Token = (await second.RequestTokenAsync("other"))["access_token"]!.GetValue<string>();
        using var stranger = MarketoTestClient.Anonymous(emulator);
        stranger.Token = "not-a-token";

        await first.GetAsync("rest/v1/leads.json?filterType=email&filterValues=a@test.com");
        await first.GetAsync("rest/v1/leads/describe.json");
        await second.GetAsync("rest/v1/leads/describe.json");
        await stranger.GetAsync("rest/v1/leads/describe.json");
        var usage = MarketoTestClient.Results(await first.GetAsync("rest/v1/stats/usage.json"));

        Assert.That(usage.Count, Is.EqualTo(1));
        Assert.That(usage[0]!["date"]!.GetValue<string>(), Is.EqualTo("2026-03-02"));
        Assert.That(usage[0]!["total"]!.GetValue<int>(), Is.EqualTo(4));
        var users = usage[0]!["users"]!.AsArray().ToDictionary(u => u!["userId"]!.GetValue<string>(), u => u!["count"]!.GetValue<int>());
        Assert.That(users, Is.EqualTo(new Dictionary<string, int> { ["client@api.msidynamics.sandbox"] = 3, ["other@api.msidynamics.sandbox"] = 1 }));
    }

    [Test]
    public async Task The_last_seven_days_hold_one_entry_a_day_with_yesterdays_calls_under_yesterday()
    {
        var time = new FakeTimeProvider(Noon);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time, TokenLifetime = TimeSpan.FromDays(2) });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        await client.GetAsync("rest/v1/leads/describe.json");
        time.Advance(TimeSpan.FromDays(1));

        var days = MarketoTestClient.Results(await client.GetAsync("rest/v1/stats/usage/last7days.json"));

        Assert.That(days.Select(d => d!["date"]!.GetValue<string>()), Is.EqualTo(new[]
        {
            "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02", "2026-03-03",
        }));
        Assert.That(days.Select(d => d!["total"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 0, 0, 0, 0, 1, 1 }));
    }
}
