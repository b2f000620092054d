using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>Every registered step of the record tables, run through the emulated pipeline, and the queue it leaves.</summary>
public sealed class RecordStepTests
{
    internal const string Plain = "{\"v\":1}";

    [TestCase("systemuser", "Create", "Upsert", Plain)]
    [TestCase("systemuser", "Update", "Upsert", Plain)]
    [TestCase("account", "Create", "Upsert", Plain)]
    [TestCase("account", "Update", "Upsert", Plain)]
    [TestCase("account", "Delete", "Delete", "{\"v\":1,\"name\":\"Fabrikam account\"}")]
    [TestCase("lead", "Create", "Upsert", Plain)]
    [TestCase("lead", "Update", "Upsert", Plain)]
    [TestCase("lead", "Delete", "Delete", "{\"v\":1,\"marketoLeadId\":\"4711\",\"email\":\"bo@fabrikam.example\"}")]
    [TestCase("contact", "Create", "Upsert", Plain)]
    [TestCase("contact", "Update", "Upsert", Plain)]
    [TestCase("contact", "Delete", "Delete", "{\"v\":1,\"marketoLeadId\":\"4711\",\"email\":\"bo@fabrikam.example\"}")]
    [TestCase("opportunity", "Create", "Upsert", Plain)]
    [TestCase("opportunity", "Update", "Upsert", Plain)]
    [TestCase("opportunity", "Delete", "Delete", "{\"v\":1,\"name\":\"Fabrikam opportunity\"}")]
    [TestCase("opportunity", "Win", "Upsert", Plain)]
    [TestCase("opportunity", "Lose", "Upsert", Plain)]
    public void A_change_that_runs_one_pipeline_of_ours_leaves_exactly_one_queue_row_for_the_record(string entity, string message, string operation, string payload)
    {
        var org = new CaptureOrganization();

        var id = Act(org, entity, message);

        Assert.That(org.QueueSummary, Is.EqualTo(new[] { $"{entity} {id:D} {operation} {payload}" }));
    }

    [TestCase("account", "Assign")]
    [TestCase("account", "SetStateDynamicEntity")]
    [TestCase("lead", "Assign")]
    [TestCase("lead", "SetStateDynamicEntity")]
    [TestCase("contact", "Assign")]
    [TestCase("contact", "SetStateDynamicEntity")]
    [TestCase("opportunity", "Assign")]
    [TestCase("opportunity", "SetStateDynamicEntity")]
    public void A_legacy_owner_or_state_request_queues_the_record_for_one_push_with_at_most_one_duplicate_row(string entity, string message)
    {
        var org = new CaptureOrganization();

        var id = Act(org, entity, message);

        // The legacy request's own pipeline and the child Update of owner or state it raises each queue the record.
        Assert.That(org.CollapsedQueue, Is.EqualTo(new[] { $"{entity} {id:D} Upsert {Plain}" }));
        Assert.That(org.Queue, Has.Count.InRange(1, 2));
    }

    [TestCase("systemuser", "address1_city")]
    [TestCase("account", "description")]
    [TestCase("lead", "msi_priority")]
    [TestCase("contact", "msi_marketoleadid")]
    [TestCase("opportunity", "purchaseprocess")]
    public void An_update_of_columns_Marketo_does_not_read_queues_nothing(string entity, string column)
    {
        var org = new CaptureOrganization();
        var id = org.Seed(entity);

        org.User.Update(new Entity(entity, id) { [column] = column == "msi_priority" ? 90 : "changed" });

        Assert.That(org.Queue, Is.Empty);
    }

    [TestCase("lead")]
    [TestCase("contact")]
    public void An_update_of_only_MSI_columns_by_the_write_back_queues_nothing(string entity)
    {
        var org = new CaptureOrganization();
        var id = org.Seed(entity);

        org.Admin.Update(new Entity(entity, id)
        {
            ["msi_lastinterestingmomenttype"] = "Web", ["msi_lastinterestingmomentdate"] = org.Clock.GetUtcNow().UtcDateTime,
            ["msi_priority"] = 80, ["msi_relativeurgency"] = 3, ["msi_relativescore"] = 4, ["msi_marketoleadid"] = "4712",
        });

        Assert.That(org.Queue, Is.Empty);
    }

    [Test]
    public void An_update_that_resends_unchanged_values_queues_nothing()
    {
        var org = new CaptureOrganization();
        var id = org.Seed("lead");

        org.User.Update(new Entity("lead", id) { ["emailaddress1"] = "bo@fabrikam.example", ["lastname"] = "Buyer" });

        Assert.That(org.Queue, Is.Empty);
    }

    internal static Guid Act(CaptureOrganization org, string entity, string message)
    {
        if (message == "Create")
        {
            return org.User.Create(new Entity(entity) { [SyncedColumn(entity)] = "New" });
        }

        var id = org.Seed(entity);
        var target = new EntityReference(entity, id);
        switch (message)
        {
            case "Update":
                org.User.Update(new Entity(entity, id) { [SyncedColumn(entity)] = "Changed" });
                break;
            case "Delete":
                org.User.Delete(entity, id);
                break;
            case "Assign":
                var assignee = new EntityReference("systemuser", org.Seed("systemuser"));
                org.User.Execute(CaptureOrganization.Request("Assign", ("Target", target), ("Assignee", assignee)));
                break;
            case "SetStateDynamicEntity":
                var (state, status) = entity == "opportunity" ? (2, 4) : entity == "lead" ? (2, 6) : (1, 2);
                org.User.Execute(CaptureOrganization.Request(
                    "SetStateDynamicEntity",
                    ("EntityMoniker", target), ("State", new OptionSetValue(state)), ("Status", new OptionSetValue(status))));
                break;
            case "Win":
            case "Lose":
                // The opportunity is named only by the close activity's opportunityid (dataverse.md §2.3).
                var close = new Entity("opportunityclose") { ["opportunityid"] = target, ["subject"] = message };
                org.User.Execute(CaptureOrganization.Request(
                    message + "Opportunity", ("OpportunityClose", close), ("Status", new OptionSetValue(message == "Win" ? 3 : 4))));
                break;
        }

        return id;
    }

    private static string SyncedColumn(string entity) => entity switch
    {
        "systemuser" or "lead" or "contact" => "lastname",
        _ => "name",
    };
}
