using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>
/// The queue row's lookup to the record it is about (architecture.md §4): a record's sync status shown on its form,
/// set in the row's own Create, so it costs no call of its own. Delete rows link nothing, and deleting a record
/// keeps its earlier rows with the link removed (dataverse.md §3.5).
/// </summary>
public sealed class RecordLinkStepTests
{
    private static readonly string[] LinkColumns = [Q.LeadId, Q.ContactId, Q.AccountId, Q.OpportunityId, Q.SystemUserId];

    [TestCase("lead", "Create", Q.LeadId)]
    [TestCase("lead", "Update", Q.LeadId)]
    [TestCase("contact", "Create", Q.ContactId)]
    [TestCase("contact", "Update", Q.ContactId)]
    [TestCase("account", "Create", Q.AccountId)]
    [TestCase("account", "Update", Q.AccountId)]
    [TestCase("opportunity", "Create", Q.OpportunityId)]
    [TestCase("opportunity", "Update", Q.OpportunityId)]
    [TestCase("systemuser", "Create", Q.SystemUserId)]
    [TestCase("systemuser", "Update", Q.SystemUserId)]
    public void A_record_s_queue_row_links_that_record_and_no_other(string entity, string message, string column)
    {
        var org = new CaptureOrganization();

        var id = RecordStepTests.Act(org, entity, message);

        var row = org.Queue.Single();
        Assert.That(row.GetAttributeValue<EntityReference>(column), Is.EqualTo(new EntityReference(entity, id)));
        Assert.That(Links(row), Is.EqualTo(new[] { column }));
    }

    [TestCase("lead")]
    [TestCase("contact")]
    [TestCase("account")]
    [TestCase("opportunity")]
    [TestCase("systemuser")]
    public void A_captured_change_with_its_link_is_still_one_request_besides_the_user_s_own(string entity)
    {
        var org = new CaptureOrganization();
        RecordStepTests.Act(org, entity, "Update");
        var before = org.Org.OperationsExecuted;

        RecordStepTests.Act(org, entity, "Update");

        // The seeded row is not a request; the user's Update is one and the linked queue row's Create the other.
        Assert.That(org.Org.OperationsExecuted - before, Is.EqualTo(2));
        Assert.That(Links(org.Queue.Last()), Has.Length.EqualTo(1));
    }

    [TestCase("lead")]
    [TestCase("contact")]
    [TestCase("account")]
    [TestCase("opportunity")]
    public void A_delete_row_links_nothing_as_its_record_is_gone_with_the_same_save(string entity)
    {
        var org = new CaptureOrganization();

        RecordStepTests.Act(org, entity, "Delete");

        var row = org.Queue.Single();
        Assert.That((QueueOperation)row.GetAttributeValue<OptionSetValue>(Q.Operation)!.Value, Is.EqualTo(QueueOperation.Delete));
        Assert.That(Links(row), Is.Empty);
    }

    [Test]
    public void Deleting_a_lead_keeps_its_earlier_queue_row_with_the_link_removed()
    {
        var org = new CaptureOrganization();
        var lead = RecordStepTests.Act(org, "lead", "Create");

        org.User.Delete("lead", lead);

        var upsert = org.Queue.First();
        Assert.That(org.Queue, Has.Count.EqualTo(2), "the create's row is kept, the delete's row added");
        Assert.That(upsert[Q.RecordId], Is.EqualTo(lead.ToString("D")));
        Assert.That(Links(upsert), Is.Empty);
    }

    [Test]
    public void A_connection_s_row_links_its_opportunity()
    {
        var org = new CaptureOrganization();
        var opportunity = new EntityReference("opportunity", org.Seed("opportunity"));
        var contact = new EntityReference("contact", org.Seed("contact"));
        var role = new EntityReference("connectionrole", org.SeedRole("Champion")) { Name = "Champion" };

        org.User.Create(new Entity("connection") { ["record1id"] = contact, ["record2id"] = opportunity, ["record1roleid"] = role });

        Assert.That(org.Queue.Select(r => r.GetAttributeValue<EntityReference>(Q.OpportunityId)), Is.All.EqualTo(opportunity));
        Assert.That(org.Queue.Select(Links), Is.All.EqualTo(new[] { Q.OpportunityId }));
    }

    [Test]
    public void A_connection_role_s_row_links_nothing()
    {
        var org = new CaptureOrganization();
        var role = org.SeedRole("Champion");

        org.Admin.Update(new Entity("connectionrole", role) { ["name"] = "Sponsor" });

        Assert.That(Links(org.Queue.Single()), Is.Empty);
    }

    private static string[] Links(Entity row) =>
        [.. LinkColumns.Where(c => row.GetAttributeValue<EntityReference>(c) is not null)];
}
