using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Capture;

/// <summary>
/// Which record a queue item links to (architecture.md §4): its own record for an Upsert, a connection's opportunity,
/// nothing for a Delete or a connection role.
/// </summary>
public sealed class RecordLinkTests
{
    [TestCase("lead", "Create")]
    [TestCase("contact", "Update")]
    [TestCase("account", "Assign")]
    [TestCase("opportunity", "Win")]
    [TestCase("systemuser", "Create")]
    public void An_upsert_links_the_changed_record(string entity, string message)
    {
        var target = Change.Columns((SyncedColumns.For(entity)[0], "changed"));

        var item = Change.Decide(message, entity, target, preImage: Change.Columns());

        Assert.That(item?.Link, Is.EqualTo(new RecordReference(entity, Change.RecordId)));
    }

    [Test]
    public void A_merge_links_the_master_not_the_subordinate()
    {
        var item = Change.Decide("Merge", "contact", subordinateId: Change.ContactId);

        Assert.That(item?.Link, Is.EqualTo(new RecordReference("contact", Change.RecordId)));
    }

    [TestCase("lead")]
    [TestCase("account")]
    public void A_delete_links_nothing(string entity)
    {
        var item = Change.Decide("Delete", entity, preImage: Change.Columns(("emailaddress1", "bo@fabrikam.example")));

        Assert.That((item?.Operation, item?.Link), Is.EqualTo(((QueueOperation?)QueueOperation.Delete, (RecordReference?)null)));
    }

    [Test]
    public void A_connection_links_its_opportunity_whichever_end_it_is()
    {
        var image = Change.Connection(Change.Contact, Change.Opportunity, Change.Role("Champion"));

        var item = Change.Decide("Create", "connection", postImage: image);

        Assert.That(item?.Link, Is.EqualTo(new RecordReference("opportunity", Change.OpportunityId)));
    }

    [Test]
    public void A_connection_that_stops_being_a_role_links_nothing()
    {
        var before = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role("Champion"));
        var after = Change.Connection(Change.Opportunity, Change.Ref("account"), role2: Change.Role("Champion"));

        var item = Change.Decide("Update", "connection", Change.Columns(("record2id", after["record2id"])), before, after);

        Assert.That((item?.Operation, item?.Link), Is.EqualTo(((QueueOperation?)QueueOperation.Delete, (RecordReference?)null)));
    }
}
