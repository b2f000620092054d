using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.CompanionService.Tests.Marketo.Loopback;

/// <summary>
/// The client's date readers against the emulator writing each form Marketo writes (marketo.md D11): the activity
/// stream and the MSI last-interesting-moment date read the same instant whichever form comes.
/// </summary>
public sealed class DateFormLoopbackTests
{
    private static readonly DateTimeOffset Moment = new(2026, 12, 2, 10, 15, 0, TimeSpan.Zero);

    [TestCase(MarketoDateTimeForm.Utc)]
    [TestCase(MarketoDateTimeForm.OffsetWithoutColon)]
    [TestCase(MarketoDateTimeForm.SpaceSeparated)]
    public async Task Activities_and_the_MSI_date_are_read_in_every_form_the_emulator_writes(MarketoDateTimeForm form)
    {
        await using var h = await EmulatorHarness.StartAsync(emulator: o =>
        {
            o.DateTimeForm = form;
            o.TimeProvider = new FakeTimeProvider(Moment);
            o.TokenLifetime = TimeSpan.FromDays(3650);
        });
        var lead = h.Emulator.SeedLead("pat@contoso.com", new Dictionary<string, string?> { ["externalPersonId"] = TestRecordIds.Text("c-1") });
        h.Emulator.RecordInterestingMoment(lead.Id, "Web", "Visited", "Web page");

        var token = await h.Client.Activities.GetPagingTokenAsync(Moment.AddHours(-1));
        var activities = await h.Client.Activities.GetActivitiesAsync(token.NextPageToken!, [46]);
        var leads = await h.Client.Leads.GetByExternalPersonIdsAsync([TestRecordIds.Of("c-1")], MarketoLeadFields.IdentityAndMsi);

        var moment = activities.Items.Single();
        Assert.That(activities.Unreadable, Is.Empty);
        Assert.That((moment.ActivityDate, moment.LeadId, moment.PrimaryAttributeValue), Is.EqualTo((Moment, (long)lead.Id, "Visited")));
        Assert.That(moment.CampaignId, Is.Not.Null);
        var msi = leads.Items.Single().Msi;
        Assert.That((msi.LastInterestingMomentDate, msi.Unreadable), Is.EqualTo(((DateTimeOffset?)Moment, (string?)null)));
    }
}
