using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>
/// Merge of accounts, contacts and leads through the emulated pipeline: the master, the deactivated subordinate and
/// the children the platform re-parents to the master are all queued (dataverse.md §0.11).
/// </summary>
public sealed class MergeStepTests
{
    [TestCase("account")]
    [TestCase("lead")]
    [TestCase("contact")]
    public void A_merge_queues_the_master_with_its_subordinate_and_the_deactivated_subordinate(string entity)
    {
        var org = new CaptureOrganization();
        var master = org.Seed(entity);
        var subordinate = org.Seed(entity);

        Merge(org, entity, master, subordinate);

        Assert.That(org.QueueSummary, Is.EquivalentTo(new[]
        {
            $"{entity} {master:D} Upsert {{\"v\":1,\"subordinateId\":\"{subordinate:D}\"}}",
            $"{entity} {subordinate:D} Upsert {RecordStepTests.Plain}",
        }));
    }

    [TestCase("account")]
    [TestCase("contact")]
    public void A_merge_queues_the_contacts_and_opportunities_it_re_parents_to_the_master(string entity)
    {
        var org = new CaptureOrganization();
        var master = org.Seed(entity);
        var subordinate = org.Seed(entity);
        var contact = org.Seed("contact", row => row["parentcustomerid"] = new EntityReference(entity, subordinate));
        var opportunity = org.Seed("opportunity", row => row["customerid"] = new EntityReference(entity, subordinate));

        Merge(org, entity, master, subordinate);

        Assert.That(org.CollapsedQueue, Is.SupersetOf(new[]
        {
            $"contact {contact:D} Upsert {RecordStepTests.Plain}",
            $"opportunity {opportunity:D} Upsert {RecordStepTests.Plain}",
        }));
        Assert.That(org.CollapsedQueue, Has.Count.EqualTo(4), "the master, the subordinate and the two children");
        Assert.That(org.Org.Find("contact", contact)!.GetAttributeValue<EntityReference>("parentcustomerid")!.Id, Is.EqualTo(master));
    }

    private static void Merge(CaptureOrganization org, string entity, Guid master, Guid subordinate) =>
        org.User.Execute(CaptureOrganization.Request(
            "Merge",
            ("Target", new EntityReference(entity, master)),
            ("SubordinateId", subordinate),
            ("UpdateContent", new Entity(entity)),
            ("PerformParentingChecks", false)));
}
