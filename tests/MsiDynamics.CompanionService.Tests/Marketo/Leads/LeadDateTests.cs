using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Leads;

/// <summary>
/// marketo.md D11 for the lead reader: the MSI date is read in every form Marketo writes, and a value in no
/// such form leaves that lead's date null with the reason kept, its other values and the other leads read.
/// </summary>
public sealed class LeadDateTests
{
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [TestCase("2026-12-02T10:15:00+0000", "2026-12-02T10:15:00Z")]
    [TestCase("2026-12-02T10:15:00Z", "2026-12-02T10:15:00Z")]
    [TestCase("2026-12-02T10:15:00+00:00", "2026-12-02T10:15:00Z")]
    [TestCase("2026-12-02T04:15:00-0600", "2026-12-02T10:15:00Z")]
    [TestCase("2026-12-02 10:15:00", "2026-12-02T10:15:00Z")]
    [TestCase("2026-12-02", "2026-12-02T00:00:00Z")]
    public async Task The_last_interesting_moment_date_is_read_in_each_form_Marketo_writes(string sent, string instant)
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results(
            $$"""{"id":7,"msiLastInterestingMomentDate":"{{sent}}"}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Leads.GetByIdsAsync([7], MarketoLeadFields.Msi);

        var msi = page.Items.Single().Msi;
        Assert.That(msi.LastInterestingMomentDate, Is.EqualTo(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(msi.Unreadable, Is.Null);
    }

    [Test]
    public async Task A_lead_with_an_unreadable_date_keeps_the_reason_and_its_neighbours_are_read()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results(
            """{"id":7,"priority":12,"msiLastInterestingMomentDate":"2026-12-02T10:15:00+0000"}""",
            """{"id":8,"priority":5,"msiLastInterestingMomentType":"Web","msiLastInterestingMomentDate":"12/02/2026"}""",
            """{"id":9,"msiLastInterestingMomentDate":null}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Leads.GetByIdsAsync([7, 8, 9], MarketoLeadFields.Msi);

        Assert.That(page.Call.IsSuccess, Is.True);
        var msi = page.Items.ToDictionary(l => l.Id, l => l.Msi);
        Assert.That(msi[7].LastInterestingMomentDate, Is.EqualTo(new DateTimeOffset(2026, 12, 2, 10, 15, 0, TimeSpan.Zero)));
        Assert.That((msi[8].LastInterestingMomentDate, msi[8].LastInterestingMomentType, msi[8].Priority), Is.EqualTo(((DateTimeOffset?)null, "Web", 5L)));
        Assert.That(msi[8].Unreadable, Does.StartWith("msiLastInterestingMomentDate: '12/02/2026'").And.Contain("marketo.md D11"));
        Assert.That((msi[7].Unreadable, msi[9].Unreadable, msi[9].LastInterestingMomentDate), Is.EqualTo(((string?)null, (string?)null, (DateTimeOffset?)null)),
            "a readable or empty date has nothing to report");
    }
}
