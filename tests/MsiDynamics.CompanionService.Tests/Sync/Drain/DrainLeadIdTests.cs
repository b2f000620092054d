using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// The write-back finds a person's Dynamics row by <c>msi_marketoleadid</c> alone, so a person's queue row may end
/// Succeeded only once that id is written.
/// </summary>
public sealed class DrainLeadIdTests
{
    [Test]
    public async Task A_person_whose_Marketo_lead_id_cannot_be_written_is_retried_not_marked_pushed()
    {
        await using var rig = await DrainRig.StartAsync();
        rig.Org.RegisterPlugins([typeof(LeadIdRefusingPlugin)]);
        var org = SmallOrg.Save(rig);

        await rig.DrainAsync();

        var (status, reason) = rig.RowsOf(org.Lead.Value).Last();
        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.Leads.Any(l => l.ExternalPersonId == org.Lead.ToString()), Is.True, "Marketo took the person");
            Assert.That(rig.Org.Find(DataverseSchema.Lead.EntityName, org.Lead.Value)!.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId), Is.Null);
            Assert.That(status, Is.EqualTo(QueueStatus.RetryScheduled));
            Assert.That(reason, Does.Contain("Marketo lead id could not be written to Dynamics"));
            Assert.That(rig.RowsOf(org.Contact.Value).Last().Status, Is.EqualTo(QueueStatus.Succeeded), "the other persons are not held back");
        });
    }
}
