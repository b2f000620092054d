using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// A Dynamics person that joins a Marketo lead which existed before its push (Marketo knew the address, or an earlier push
/// landed unanswered) gets that lead's MSI values in the same cycle as its Marketo lead id, not at the next nightly
/// reconcile: the incremental write-back cannot place an activity while no Dynamics row carries the lead's id.
/// </summary>
public sealed class DrainLinkedMsiTests
{
    [Test]
    public async Task A_new_contact_for_an_address_Marketo_knows_gets_its_interesting_moment_with_its_lead_id()
    {
        await using var rig = await DrainRig.StartAsync();
        var known = rig.Marketo.SeedLead("known.buyer@contoso.example");
        rig.Marketo.RecordInterestingMoment(known.Id, "Web", "Visited the pricing page", "Web page");

        var contact = SaveContact(rig, "known.buyer@contoso.example");
        await rig.DrainAsync();

        var row = rig.Org.Find(DataverseSchema.Contact.EntityName, contact.Value)!;
        var marketo = rig.Store.FindLead(known.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId), Is.EqualTo(known.Id.ToString(CultureInfo.InvariantCulture)));
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc), Is.EqualTo("Visited the pricing page"));
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentSource), Is.EqualTo("Web page"));
            Assert.That(row.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeScore), Is.EqualTo(marketo.RelativeScore));
            Assert.That(rig.RowsOf(contact.Value).Select(r => r.Status), Is.All.EqualTo(QueueStatus.Succeeded));
        });
    }

    [Test]
    public async Task A_moment_the_write_back_could_not_place_arrives_when_the_person_is_linked()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        var writeBack = rig.Get<WriteBackCycle>();
        await writeBack.RunOnceAsync(full: false);
        var pushed = rig.Store.Leads.Single(l => l.ExternalPersonId == org.Contact.ToString()).Id;

        rig.LoseLastPushAnswer(DataverseSchema.Contact.EntityName, org.Contact);
        rig.Marketo.RecordInterestingMoment(pushed, "Email", "Opened the renewal offer", "Email");
        var passed = await writeBack.RunOnceAsync(full: false);
        var before = rig.Org.Find(DataverseSchema.Contact.EntityName, org.Contact.Value)!.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc);

        await rig.DrainAsync();

        var row = rig.Org.Find(DataverseSchema.Contact.EntityName, org.Contact.Value)!;
        Assert.Multiple(() =>
        {
            Assert.That((passed.PersonsChanged, passed.RowsWritten, before), Is.EqualTo((1, 0, (string?)null)), "the write-back saw the moment and could not place it");
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId), Is.EqualTo(pushed.ToString(CultureInfo.InvariantCulture)));
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc), Is.EqualTo("Opened the renewal offer"));
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentType), Is.EqualTo("Email"));
        });
    }

    [Test]
    public async Task A_moment_on_a_person_Marketo_just_created_arrives_with_its_lead_id_though_the_write_back_read_it_first()
    {
        var hook = new PushAnswerHook();
        await using var rig = await DrainRig.StartAsync(worker: s => s.AddHttpClient("Marketo").AddHttpMessageHandler(() => hook));
        var writeBack = rig.Get<WriteBackCycle>();
        await writeBack.RunOnceAsync(full: false); // takes its activity position
        WriteBackReport? sawFirst = null;
        hook.Next = async created =>
        {
            rig.Marketo.RecordInterestingMoment(created[0], "Web", "Visited the pricing page", "Web page");
            sawFirst = await writeBack.RunOnceAsync(full: false);
        };

        var contact = SaveContact(rig, "new.buyer@contoso.example");
        await rig.DrainAsync();

        var row = rig.Org.Find(DataverseSchema.Contact.EntityName, contact.Value)!;
        Assert.Multiple(() =>
        {
            Assert.That((sawFirst?.PersonsChanged, sawFirst?.RowsWritten), Is.EqualTo(((int?)1, (int?)0)), "the write-back read the moment before the id arrived");
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc), Is.EqualTo("Visited the pricing page"));
            Assert.That(rig.Get<UnplacedPersons>().Count, Is.Zero, "a placed person is forgotten");
        });
    }

    [Test]
    public async Task MSI_values_that_cannot_be_written_hold_back_neither_the_lead_id_nor_the_rows()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?>
        {
            ["WriteBack:Columns:LastInterestingMomentDesc"] = "new_nosuchcolumn",
        });
        var known = rig.Marketo.SeedLead("known.buyer@contoso.example");
        rig.Marketo.RecordInterestingMoment(known.Id, "Web", "Visited the pricing page", "Web page");

        var contact = SaveContact(rig, "known.buyer@contoso.example");
        await rig.DrainAsync();

        var row = rig.Org.Find(DataverseSchema.Contact.EntityName, contact.Value)!;
        Assert.Multiple(() =>
        {
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId), Is.EqualTo(known.Id.ToString(CultureInfo.InvariantCulture)));
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentSource), Is.Null, "the update that names a missing column is refused whole");
            Assert.That(rig.RowsOf(contact.Value).Select(r => r.Status), Is.All.EqualTo(QueueStatus.Succeeded));
        });
    }

    private static RecordId SaveContact(DrainRig rig, string email)
    {
        var owner = rig.Save(new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["firstname"] = "Ann", ["lastname"] = "Seller", ["internalemailaddress"] = "ann@contoso.example",
        });
        return rig.Save(new Entity(DataverseSchema.Contact.EntityName)
        {
            ["lastname"] = "Buyer", ["emailaddress1"] = email,
            ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, owner.Value),
        });
    }
}
