using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// The activity types and paging tokens the MSI write-back relies on: "Change Data Value" (13) and "Change Score" (22)
/// beside "Interesting Moment" (46) (Adobe I/O Events' event list), score changes logged with an activity naming the
/// field, and paging tokens that lapse 14 days after they were issued (an assumption, docs/writeback.md).
/// </summary>
public sealed class MsiActivityStreamTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_types_endpoint_describes_interesting_moments_score_changes_and_data_value_changes()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var types = MarketoTestClient.Results(await client.GetAsync("rest/v1/activities/types.json"));

        var byName = types.ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
        Assert.Multiple(() =>
        {
            Assert.That(byName["Interesting Moment"]["id"]!.GetValue<int>(), Is.EqualTo(46));
            Assert.That(byName["Change Data Value"]["id"]!.GetValue<int>(), Is.EqualTo(13));
            Assert.That(byName["Change Score"]["id"]!.GetValue<int>(), Is.EqualTo(22));
            Assert.That(Names(byName["Change Score"]["attributes"]), Is.SupersetOf(new[] { "Change Value", "New Value", "Old Value", "Reason" }));
            Assert.That(Names(byName["Change Data Value"]["attributes"]), Is.SupersetOf(new[] { "New Value", "Old Value", "Reason", "Source" }));
        });
    }

    [Test]
    public async Task A_score_change_logs_one_activity_per_changed_field_naming_it()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var lead = emulator.SeedLead("ann@example.com", new Dictionary<string, string?> { ["priority"] = "10", ["relativeScore"] = "20" });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var token = (await client.GetAsync("rest/v1/activities/pagingtoken.json?sinceDatetime=2000-01-01T00:00:00Z"))["nextPageToken"]!.GetValue<string>();

        emulator.RecordMsiScoreChange(lead.Id, priority: 10, relativeUrgency: 35, relativeScore: 25);
        var activities = MarketoTestClient.Results(await client.GetAsync($"rest/v1/activities.json?activityTypeIds=13,22&nextPageToken={Uri.EscapeDataString(token)}"));

        Assert.Multiple(() =>
        {
            Assert.That(activities.Select(a => (a!["activityTypeId"]!.GetValue<int>(), a["primaryAttributeValue"]!.GetValue<string>())),
                Is.EquivalentTo(new[] { (13, "Relative Urgency"), (22, "Relative Score") }), "priority did not change, so it logs nothing");
            Assert.That(emulator.Store.FindLead(lead.Id)!.RelativeScore, Is.EqualTo(25));
            Assert.That(Value(activities.Single(a => a!["activityTypeId"]!.GetValue<int>() == 22)!, "Change Value"), Is.EqualTo("+5"));
        });
    }

    [Test]
    public async Task A_silent_score_change_logs_no_activity()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var lead = emulator.SeedLead("ann@example.com");

        emulator.SetMsiScores(lead.Id, 1, 2, 3);

        Assert.That(emulator.Store.Activities, Is.Empty);
    }

    [Test]
    public async Task A_paging_token_is_refused_with_1003_once_14_days_have_passed_since_it_was_issued()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var token = (await client.GetAsync("rest/v1/activities/pagingtoken.json?sinceDatetime=2026-03-01T00:00:00Z"))["nextPageToken"]!.GetValue<string>();
        var path = $"rest/v1/activities.json?activityTypeIds=46&nextPageToken={Uri.EscapeDataString(token)}";

        time.Advance(TimeSpan.FromDays(14));
        client.Token = (await client.RequestTokenAsync())["access_token"]!.GetValue<string>();
        var stillValid = await client.GetAsync(path);
        time.Advance(TimeSpan.FromMinutes(1));
        client.Token = (await client.RequestTokenAsync())["access_token"]!.GetValue<string>();
        var lapsed = await client.GetAsync(path);

        Assert.Multiple(() =>
        {
            Assert.That(stillValid["success"]!.GetValue<bool>(), Is.True);
            Assert.That(lapsed["success"]!.GetValue<bool>(), Is.False);
            Assert.That(MarketoTestClient.ErrorCode(lapsed), Is.EqualTo("1003"));
        });
    }

    [Test]
    public async Task Each_page_issues_a_fresh_token_so_a_reader_that_keeps_up_never_lapses()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var token = (await client.GetAsync("rest/v1/activities/pagingtoken.json?sinceDatetime=2026-03-01T00:00:00Z"))["nextPageToken"]!.GetValue<string>();

        for (var day = 0; day < 3; day++)
        {
            time.Advance(TimeSpan.FromDays(10));
            client.Token = (await client.RequestTokenAsync())["access_token"]!.GetValue<string>();
            var page = await client.GetAsync($"rest/v1/activities.json?activityTypeIds=46&nextPageToken={Uri.EscapeDataString(token)}");
            Assert.That(page["success"]!.GetValue<bool>(), Is.True, $"after {(day + 1) * 10} days");
            token = page["nextPageToken"]!.GetValue<string>();
        }
    }

    private static IEnumerable<string> Names(JsonNode? attributes) => attributes!.AsArray().Select(a => a!["name"]!.GetValue<string>());

    private static string? Value(JsonNode activity, string attribute) =>
        activity["attributes"]!.AsArray().FirstOrDefault(a => a!["name"]!.GetValue<string>() == attribute)?["value"]?.GetValue<string>();
}
