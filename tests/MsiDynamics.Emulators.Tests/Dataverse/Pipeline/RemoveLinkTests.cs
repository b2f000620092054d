using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

/// <summary>
/// The "Remove Link" delete behaviour of the sync queue's record lookups (dataverse.md §3.5): deleting a record clears
/// the lookup of the queue rows that name it and neither deletes nor blocks them.
/// </summary>
public sealed class RemoveLinkTests
{
    [TestCase("lead", "msi_leadid")]
    [TestCase("contact", "msi_contactid")]
    [TestCase("account", "msi_accountid")]
    [TestCase("opportunity", "msi_opportunityid")]
    [TestCase("systemuser", "msi_systemuserid")]
    public void Deleting_a_record_keeps_its_queue_rows_with_the_lookup_cleared(string entity, string lookup)
    {
        var test = TestOrganization.With();
        var record = test.Seed(entity);
        var row = QueueRow(test, lookup, new EntityReference(entity, record));

        test.Service.Delete(entity, record);

        var kept = test.Row("msi_syncqueueitem", row);
        Assert.That(kept.GetAttributeValue<EntityReference>(lookup), Is.Null);
        Assert.That(kept["msi_recordid"], Is.EqualTo(record.ToString("D")), "the row's own columns stay");
    }

    [Test]
    public void Queue_rows_of_another_record_or_of_none_are_left_untouched()
    {
        var test = TestOrganization.With();
        var deleted = test.Seed("lead");
        var other = new EntityReference("lead", test.Seed("lead"));
        var row = QueueRow(test, "msi_leadid", other);
        var unlinked = test.Service.Create(new Entity("msi_syncqueueitem") { ["msi_entity"] = "lead" });
        var versions = new[] { row, unlinked }.Select(id => test.Row("msi_syncqueueitem", id)["versionnumber"]).ToList();

        test.Service.Delete("lead", deleted);

        Assert.That(test.Row("msi_syncqueueitem", row).GetAttributeValue<EntityReference>("msi_leadid"), Is.EqualTo(other));
        Assert.That(
            new[] { row, unlinked }.Select(id => test.Row("msi_syncqueueitem", id)["versionnumber"]), Is.EqualTo(versions),
            "rows that do not name the deleted lead are not written");
    }

    [Test]
    public void A_rolled_back_delete_leaves_the_link_in_place()
    {
        var test = TestOrganization.With();
        var lead = new EntityReference("lead", test.Seed("lead"));
        var row = QueueRow(test, "msi_leadid", lead);

        var committed = test.Org.RunInTransaction(() =>
        {
            test.Service.Delete("lead", lead.Id);
            return false;
        });

        Assert.That(committed, Is.False);
        Assert.That(test.Org.Find("lead", lead.Id), Is.Not.Null);
        Assert.That(test.Row("msi_syncqueueitem", row).GetAttributeValue<EntityReference>("msi_leadid"), Is.EqualTo(lead));
    }

    private static Guid QueueRow(TestOrganization test, string lookup, EntityReference record) =>
        test.Service.Create(new Entity("msi_syncqueueitem")
        {
            ["msi_entity"] = record.LogicalName, ["msi_recordid"] = record.Id.ToString("D"), [lookup] = record,
        });
}
