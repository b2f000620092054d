using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class ConnectionTests
{
    private static readonly Type[] ConnectionSteps =
        [typeof(ConnectionPlugins.Created), typeof(ConnectionPlugins.Updated), typeof(ConnectionPlugins.Deleted)];

    [Test]
    public void Creating_a_connection_stores_the_master_and_its_reciprocal_linked_to_each_other()
    {
        var (test, opportunity, contact, role) = Arrange();

        var masterId = test.Service.Create(Stakeholder(opportunity, contact, role));

        var rows = test.Org.Rows("connection");
        var master = rows.Single(r => r.Id == masterId);
        var reciprocal = rows.Single(r => r.Id != masterId);
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That((master["ismaster"], reciprocal["ismaster"]), Is.EqualTo((true, false)));
            Assert.That(master.GetAttributeValue<EntityReference>("relatedconnectionid")!.Id, Is.EqualTo(reciprocal.Id));
            Assert.That(reciprocal.GetAttributeValue<EntityReference>("relatedconnectionid")!.Id, Is.EqualTo(masterId));
            Assert.That(reciprocal.GetAttributeValue<EntityReference>("record1id")!.Id, Is.EqualTo(contact));
            Assert.That(reciprocal.GetAttributeValue<EntityReference>("record2id")!.Id, Is.EqualTo(opportunity));
            Assert.That(reciprocal.GetAttributeValue<EntityReference>("record1roleid")!.Id, Is.EqualTo(role));
            Assert.That(reciprocal.Contains("record2roleid"), Is.False);
        });
    }

    [Test]
    public void The_create_steps_run_for_both_halves_the_reciprocal_one_level_deeper()
    {
        var (test, opportunity, contact, role) = Arrange();

        var masterId = test.Service.Create(Stakeholder(opportunity, contact, role));

        var seen = test.Seen("Created").Select(s => (s.Depth, s.PostImages["half"]["ismaster"], s.PostImages["half"].GetAttributeValue<EntityReference>("record1id")!.Name));
        Assert.That(seen, Is.EqualTo(new[] { (2, (object?)false, "Ada Lovelace"), (1, (object?)true, "Big deal") }));
        Assert.That(test.Seen("Created")[1].PrimaryEntityId, Is.EqualTo(masterId));
    }

    [Test]
    public void Updating_either_half_updates_the_other_with_the_ends_swapped()
    {
        var (test, opportunity, contact, role) = Arrange();
        var masterId = test.Service.Create(Stakeholder(opportunity, contact, role));
        var reciprocalId = test.Org.Rows("connection").Single(r => r.Id != masterId).Id;
        var champion = test.Seed("connectionrole", ("name", "Champion"), ("category", new OptionSetValue(1000)));

        test.Service.Update(new Entity("connection", reciprocalId) { ["record1roleid"] = new EntityReference("connectionrole", champion), ["description"] = "x" });

        Assert.That(test.Row("connection", masterId).GetAttributeValue<EntityReference>("record2roleid")!.Id, Is.EqualTo(champion));
        Assert.That(test.Row("connection", masterId)["description"], Is.EqualTo("x"));
        Assert.That(test.Seen("Updated").Select(s => (s.PrimaryEntityId, s.Depth)), Is.EqualTo(new[] { (masterId, 2), (reciprocalId, 1) }));
    }

    [Test]
    public void Deleting_the_master_deletes_the_reciprocal_in_a_child_delete()
    {
        var (test, opportunity, contact, role) = Arrange();
        var masterId = test.Service.Create(Stakeholder(opportunity, contact, role));

        test.Service.Delete("connection", masterId);

        Assert.That(test.Org.Rows("connection"), Is.Empty);
        Assert.That(test.Seen("Deleted").Select(s => s.Depth), Is.EqualTo(new[] { 2, 1 }));
    }

    private static (TestOrganization Test, Guid Opportunity, Guid Contact, Guid Role) Arrange()
    {
        var test = TestOrganization.With(ConnectionSteps);
        var opportunity = test.Seed("opportunity", ("name", "Big deal"));
        var contact = test.Seed("contact", ("firstname", "Ada"), ("lastname", "Lovelace"));
        var role = test.Seed("connectionrole", ("name", "Stakeholder"), ("category", new OptionSetValue(1000)));
        return (test, opportunity, contact, role);
    }

    private static Entity Stakeholder(Guid opportunity, Guid contact, Guid role) => new("connection")
    {
        ["record1id"] = new EntityReference("opportunity", opportunity),
        ["record2id"] = new EntityReference("contact", contact),
        ["record2roleid"] = new EntityReference("connectionrole", role),
    };
}
