using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Tests.Marketo.Loopback;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Usage;

/// <summary>
/// The quota forecast reads Marketo's own count of today's calls (marketo.md §3.9), which includes every API user
/// of the subscription, not only this client's calls.
/// </summary>
public sealed class UsageClientTests
{
    [Test]
    public async Task Todays_usage_is_read_in_total_and_per_api_user()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.Leads.SyncAsync([new MarketoLead(TestRecordIds.Of("c-1"), null, "pat@contoso.com")]);
        await h.Client.Leads.GetByIdsAsync([1], MarketoLeadFields.Identity);

        var page = await h.Client.Usage.GetTodayAsync();

        Assert.That(page.Call.IsSuccess, Is.True, page.ToString());
        var today = page.Items.Single();
        Assert.That(today.Total, Is.EqualTo(3), "two calls before, and the usage call itself");
        Assert.That(today.CallsOf($"{MarketoClientHarness.ClientId}@api.msidynamics.sandbox"), Is.EqualTo(3));
        Assert.That(today.Date, Is.Not.EqualTo(default(DateOnly)));
    }

    [Test]
    public async Task The_last_seven_days_come_back_one_entry_a_day()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var page = await h.Client.Usage.GetLastSevenDaysAsync();

        Assert.That(page.Items, Has.Count.EqualTo(7));
        Assert.That(page.Items.Sum(d => d.Total), Is.EqualTo(1));
    }
}
