using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// Every activity the emulator serves carries the keys of Marketo's activities, and its dates come in the form
/// the emulator is told to write, one of those Marketo writes (marketo.md §3.8, D11).
/// </summary>
public sealed class ActivityShapeTests
{
    private static readonly DateTimeOffset Moment = new(2026, 3, 2, 15, 4, 5, TimeSpan.Zero);

    private static readonly string[] Keys =
        ["id", "marketoGUID", "leadId", "activityDate", "activityTypeId", "campaignId", "primaryAttributeValueId", "primaryAttributeValue", "attributes"];

    [Test]
    public async Task New_lead_and_interesting_moment_activities_carry_every_key_of_a_Marketo_activity()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = new FakeTimeProvider(Moment) });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var leadId = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/leads.json", """{"input":[{"email":"ann@example.com"}]}"""))[0]!["id"]!.GetValue<int>();
        emulator.RecordInterestingMoment(leadId, "Web", "Visited", "Web page");

        var activities = await ReadAllAsync(client, "2026-03-01T00:00:00Z");

        Assert.That(activities.Select(a => a!["activityTypeId"]!.GetValue<int>()), Is.EqualTo(new[] { 12, 46 }));
        Assert.That(activities.Select(a => a!.AsObject().Select(p => p.Key)), Is.All.EquivalentTo(Keys));
        Assert.That(activities[0]!["primaryAttributeValueId"]!.GetValue<int>(), Is.EqualTo(leadId));
        Assert.That(activities[1]!["campaignId"]!.GetValue<int>(), Is.GreaterThan(0));
        Assert.That(activities[1]!["primaryAttributeValue"]!.GetValue<string>(), Is.EqualTo("Visited"));
    }

    [TestCase(MarketoDateTimeForm.Utc, "2026-03-02T15:04:05Z")]
    [TestCase(MarketoDateTimeForm.OffsetWithoutColon, "2026-03-02T15:04:05+0000")]
    [TestCase(MarketoDateTimeForm.SpaceSeparated, "2026-03-02 15:04:05")]
    public async Task Activity_and_lead_datetimes_come_in_the_form_the_emulator_is_told_to_write(MarketoDateTimeForm form, string written)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = new FakeTimeProvider(Moment), DateTimeForm = form });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var lead = emulator.SeedLead("ann@example.com", new Dictionary<string, string?> { ["externalPersonId"] = "p-1" });
        emulator.RecordInterestingMoment(lead.Id, "Web", "Visited", "Web page");

        var activities = await ReadAllAsync(client, "2026-03-01T00:00:00Z");
        var read = MarketoTestClient.Results(await client.GetAsync(
            "rest/v1/leads.json?filterType=externalPersonId&filterValues=p-1&fields=msiLastInterestingMomentDate,updatedAt"))[0]!;

        Assert.That(activities[0]!["activityDate"]!.GetValue<string>(), Is.EqualTo(written));
        Assert.That(read["msiLastInterestingMomentDate"]!.GetValue<string>(), Is.EqualTo(written));
        Assert.That(read["updatedAt"]!.GetValue<string>(), Is.EqualTo(written));
        Assert.That(emulator.Store.FindLead(lead.Id)!.MsiLastInterestingMomentDate, Is.EqualTo(Moment));
    }

    private static async Task<System.Text.Json.Nodes.JsonArray> ReadAllAsync(MarketoTestClient client, string since)
    {
        var paging = await client.GetAsync($"rest/v1/activities/pagingtoken.json?sinceDatetime={since}");
        var answer = await client.GetAsync($"rest/v1/activities.json?activityTypeIds=12,46&nextPageToken={Uri.EscapeDataString(paging["nextPageToken"]!.GetValue<string>())}");
        return MarketoTestClient.Results(answer);
    }
}
