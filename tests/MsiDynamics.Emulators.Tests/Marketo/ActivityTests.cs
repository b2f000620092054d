using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// Interesting moments and the activity stream the write-back reads (marketo.md §4.1; DEV
/// activities.md and paging-tokens.md for the endpoint shapes).
/// </summary>
public sealed class ActivityTests
{
    private static readonly DateTimeOffset Moment = new(2026, 3, 2, 15, 4, 5, TimeSpan.Zero);

    [Test]
    public async Task An_interesting_moment_sets_the_MSI_fields_a_query_returns()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = new FakeTimeProvider(Moment) });
        var lead = emulator.SeedLead("ann@example.com", new Dictionary<string, string?> { ["externalPersonId"] = "p-1" });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        emulator.RecordInterestingMoment(lead.Id, "Web", "Visited the pricing page", "Web page");
        var result = MarketoTestClient.Results(await client.GetAsync(
            "rest/v1/leads.json?filterType=externalPersonId&filterValues=p-1&fields=msiLastInterestingMomentType,msiLastInterestingMomentDate,msiLastInterestingMomentDesc,msiLastInterestingMomentSource,priority,relativeUrgency,relativeScore"))[0]!;

        Assert.That(result["msiLastInterestingMomentType"]!.GetValue<string>(), Is.EqualTo("Web"));
        Assert.That(result["msiLastInterestingMomentDate"]!.GetValue<string>(), Is.EqualTo("2026-03-02T15:04:05Z"));
        Assert.That(result["msiLastInterestingMomentDesc"]!.GetValue<string>(), Is.EqualTo("Visited the pricing page"));
        Assert.That(result["msiLastInterestingMomentSource"]!.GetValue<string>(), Is.EqualTo("Web page"));
        Assert.That(new[] { "priority", "relativeUrgency", "relativeScore" }.Select(f => result[f]!.GetValue<int>()), Is.All.GreaterThan(0));
    }

    [Test]
    public async Task Each_interesting_moment_raises_the_scores_again()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var lead = emulator.SeedLead("ann@example.com");

        emulator.RecordInterestingMoment(lead.Id, "Web", "One", "Web page");
        var once = emulator.Store.FindLead(lead.Id)!;
        emulator.RecordInterestingMoment(lead.Id, "Email", "Two", "Email");
        var twice = emulator.Store.FindLead(lead.Id)!;

        Assert.That(twice.Priority, Is.GreaterThan(once.Priority!.Value));
        Assert.That(twice.RelativeUrgency, Is.GreaterThan(once.RelativeUrgency!.Value));
        Assert.That(twice.RelativeScore, Is.GreaterThan(once.RelativeScore!.Value));
        Assert.That(twice.MsiLastInterestingMomentType, Is.EqualTo("Email"));
    }

    [Test]
    public async Task The_moment_is_read_back_through_a_paging_token_and_get_lead_activities()
    {
        var time = new FakeTimeProvider(Moment);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var leadId = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/leads.json", """{"input":[{"email":"ann@example.com"}]}"""))[0]!["id"]!.GetValue<int>();
        time.Advance(TimeSpan.FromMinutes(1));

        var activityId = emulator.RecordInterestingMoment(leadId, "Web", "Visited", "Web page");
        var paging = await client.GetAsync("rest/v1/activities/pagingtoken.json?sinceDatetime=2026-03-02T15:04:30Z");
        var answer = await client.GetAsync($"rest/v1/activities.json?activityTypeIds=46&nextPageToken={Uri.EscapeDataString(paging["nextPageToken"]!.GetValue<string>())}");

        var activity = MarketoTestClient.Results(answer).Single()!;
        Assert.That(activity["id"]!.GetValue<int>(), Is.EqualTo(activityId));
        Assert.That(activity["marketoGUID"]!.GetValue<string>(), Is.EqualTo(activityId.ToString()));
        Assert.That(activity["leadId"]!.GetValue<int>(), Is.EqualTo(leadId));
        Assert.That(activity["activityTypeId"]!.GetValue<int>(), Is.EqualTo(46));
        Assert.That(activity["activityDate"]!.GetValue<string>(), Is.EqualTo("2026-03-02T15:05:05Z"));
        Assert.That(answer["moreResult"]!.GetValue<bool>(), Is.False);
        Assert.That(answer["nextPageToken"]!.GetValue<string>(), Is.Not.Empty);
    }

    [TestCase("12", 1)]
    [TestCase("46", 0)]
    [TestCase("12,46", 1)]
    public async Task Activities_are_filtered_by_type(string typeIds, int expected)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var token = (await client.GetAsync("rest/v1/activities/pagingtoken.json?sinceDatetime=2000-01-01T00:00:00Z"))["nextPageToken"]!.GetValue<string>();
        await client.PostJsonAsync("rest/v1/leads.json", """{"input":[{"email":"ann@example.com"}]}""");

        var answer = await client.GetAsync($"rest/v1/activities.json?activityTypeIds={typeIds}&nextPageToken={token}");

        Assert.That(answer["result"]?.AsArray().Count ?? 0, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_page_walks_300_activities_of_all_types_so_it_can_be_empty_with_more_to_come()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var token = (await client.GetAsync("rest/v1/activities/pagingtoken.json?sinceDatetime=2000-01-01T00:00:00Z"))["nextPageToken"]!.GetValue<string>();
        for (var batch = 0; batch < 2; batch++)
        {
            var input = string.Join(',', Enumerable.Range(0, 150 + batch).Select(i => $$"""{"email":"p{{batch}}-{{i}}@example.com"}"""));
            await client.PostJsonAsync("rest/v1/leads.json", $$"""{"input":[{{input}}]}""");
        }

        var moment = emulator.RecordInterestingMoment(emulator.Store.Leads[0].Id, "Web", "Late", "Web page");
        var first = await client.GetAsync($"rest/v1/activities.json?activityTypeIds=46&nextPageToken={token}");
        var second = await client.GetAsync($"rest/v1/activities.json?activityTypeIds=46&nextPageToken={first["nextPageToken"]}");

        Assert.That(first.ContainsKey("result"), Is.False);
        Assert.That(first["moreResult"]!.GetValue<bool>(), Is.True);
        Assert.That(MarketoTestClient.Results(second).Single()!["id"]!.GetValue<int>(), Is.EqualTo(moment));
        Assert.That(second["moreResult"]!.GetValue<bool>(), Is.False);
    }

    [TestCase("", "701")]
    [TestCase("yesterday", "704")]
    public async Task A_missing_or_malformed_sinceDatetime_is_refused(string since, string code)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await client.GetAsync($"rest/v1/activities/pagingtoken.json?sinceDatetime={since}");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo(code));
    }
}
