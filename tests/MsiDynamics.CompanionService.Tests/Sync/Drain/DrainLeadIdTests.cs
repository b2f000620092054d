using Microsoft.Xrm.Sdk;
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

    [Test]
    public async Task A_contact_pushed_first_for_a_role_that_names_it_gets_its_Marketo_lead_id_too()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        // A contact the queue never saw (no row of its own), named by a new stakeholder connection.
        var quiet = rig.Org.Seed(new Entity(DataverseSchema.Contact.EntityName)
        {
            ["lastname"] = "Quiet", ["emailaddress1"] = "quiet@fabrikam.example",
            ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, org.User.Value),
        });
        rig.Rep.Create(new Entity(DataverseSchema.Connection.EntityName)
        {
            [DataverseSchema.Connection.Record1Id] = new EntityReference(DataverseSchema.Opportunity.EntityName, org.Opportunity.Value),
            [DataverseSchema.Connection.Record2Id] = new EntityReference(DataverseSchema.Contact.EntityName, quiet),
            [DataverseSchema.Connection.Record2RoleId] = new EntityReference(DataverseSchema.ConnectionRole.EntityName, org.Role),
        });
        await rig.DrainAsync();

        var person = rig.Store.Leads.Single(l => l.ExternalPersonId == quiet.ToString("D"));
        Assert.That(rig.Org.Find(DataverseSchema.Contact.EntityName, quiet)!.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId),
            Is.EqualTo(person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
