using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// A push can land in Marketo while the worker stops before it writes the Marketo lead id and ends the rows; the rows come
/// back due, and by then the address may have changed. The retry must update that person, not create a second one.
/// </summary>
public sealed class DrainEarlierPushTests
{
    [Test]
    public async Task A_person_pushed_before_a_stop_and_readdressed_since_stays_one_Marketo_person()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        var pushed = rig.Store.Leads.Single(l => l.ExternalPersonId == org.Contact.ToString()).Id;

        // As if the worker stopped after Marketo took the contact: its id unwritten, its row still due.
        rig.Rep.Update(new Entity(DataverseSchema.Contact.EntityName, org.Contact.Value) { [DataverseSchema.MsiColumns.MarketoLeadId] = null });
        var row = rig.QueueRows.Last(r => r.GetAttributeValue<string>(Q.RecordId) == org.Contact.ToString());
        rig.Rep.Update(new Entity(Q.EntityName, row.Id) { [Q.Status] = new OptionSetValue((int)QueueStatus.Pending) });
        rig.Rep.Update(new Entity(DataverseSchema.Contact.EntityName, org.Contact.Value) { ["emailaddress1"] = "cy.champion@fabrikam.example" });
        await rig.DrainAsync();

        var persons = rig.Store.Leads.Where(l => l.ExternalPersonId == org.Contact.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(persons.Select(p => p.Id), Is.EqualTo(new[] { pushed }));
            Assert.That(persons.Single().Email, Is.EqualTo("cy.champion@fabrikam.example"));
            Assert.That(rig.Org.Find(DataverseSchema.Contact.EntityName, org.Contact.Value)!.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId),
                Is.EqualTo(pushed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }
}
