using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>What the capture promises the CRM user and the worker, seen through the emulated pipeline.</summary>
public sealed class CaptureBehaviourTests
{
    [Test]
    public void A_disabled_table_queues_nothing()
    {
        var org = new CaptureOrganization();
        org.SetSync("lead", enabled: false);

        RecordStepTests.Act(org, "lead", "Create");

        Assert.That(org.Queue, Is.Empty);
    }

    [Test]
    public void A_team_owned_record_is_captured_and_its_row_carries_no_owner()
    {
        var org = new CaptureOrganization();
        var team = org.Org.Seed(new Entity("team") { ["name"] = "Sales EMEA" });
        var id = org.Seed("lead");

        org.User.Update(new Entity("lead", id) { ["ownerid"] = new EntityReference("team", team) });

        var row = org.Queue.Single();
        Assert.That(row["msi_payload"], Is.EqualTo("{\"v\":1}"));
        Assert.That(row.Attributes.Values.OfType<EntityReference>().Select(r => r.Id), Has.None.EqualTo(team));
    }

    [Test]
    public void A_child_update_by_a_plug_in_that_runs_after_ours_is_not_queued_again_as_it_sees_our_mark_in_its_parent()
    {
        var org = new CaptureOrganization();
        org.Org.RegisterPlugins([typeof(VendorNameStampPlugin)]);
        var id = org.Seed("account");

        org.User.Update(new Entity("account", id) { ["name"] = "Renamed" });

        Assert.That(org.Org.Find("account", id)!["name"], Is.EqualTo("Renamed" + VendorNameStampPlugin.Suffix));
        Assert.That(org.QueueSummary, Is.EqualTo(new[] { $"account {id:D} Upsert {{\"v\":1}}" }));
        Assert.That(org.Org.Traces, Has.Some.Contains("already queued in this operation (depth 2)"));
    }

    [Test]
    public void An_update_mixing_owner_and_name_runs_two_pipelines_and_queues_the_record_for_one_push()
    {
        var org = new CaptureOrganization();
        var id = org.Seed("account");
        var newOwner = new EntityReference("systemuser", org.Seed("systemuser"));

        org.User.Update(new Entity("account", id) { ["name"] = "Renamed", ["ownerid"] = newOwner });

        Assert.That(org.CollapsedQueue, Is.EqualTo(new[] { $"account {id:D} Upsert {{\"v\":1}}" }));
        Assert.That(org.Queue, Has.Count.InRange(1, 2), "at most one row per pipeline (dataverse.md §0.3)");
    }

    [Test]
    public void The_queue_row_is_written_as_SYSTEM_while_the_caller_is_an_ordinary_user()
    {
        var org = new CaptureOrganization();

        var id = RecordStepTests.Act(org, "lead", "Update");

        var row = org.Queue.Single();
        Assert.That(((EntityReference)row["createdby"]!).Id, Is.EqualTo(org.Org.SystemUserId));
        Assert.That(((EntityReference)org.Org.Find("lead", id)!["modifiedby"]!).Id, Is.EqualTo(org.UserId));
        Assert.That(row[DataverseSchema.SyncQueueItem.CorrelationId], Is.Not.Null);
    }

    [Test]
    public void A_malformed_value_written_by_another_vendors_plug_in_does_not_fail_the_save_and_is_traced()
    {
        var org = new CaptureOrganization();
        org.Org.RegisterPlugins(typeof(VendorRoleStampPlugin).Assembly.GetTypes().Where(t => t == typeof(VendorRoleStampPlugin)));
        var opportunity = new EntityReference("opportunity", org.Seed("opportunity"));
        var contact = new EntityReference("contact", org.Seed("contact"));

        var id = org.User.Create(new Entity("connection") { ["record1id"] = opportunity, ["record2id"] = contact });

        Assert.That(org.Org.Find("connection", id), Is.Not.Null, "the save went through");
        Assert.That(org.Queue, Is.Empty);
        Assert.That(org.Org.Traces, Has.Some.Contains("msi capture: connection Create not captured: InvalidCastException"));
    }

    [Test]
    public void A_failing_create_of_the_queue_row_fails_the_save_and_rolls_it_back()
    {
        // Documented choice: the platform's own failure dooms the transaction anyway, and a save without its
        // queue row would be a change Marketo never hears of.
        var org = new CaptureOrganization();
        org.Org.InjectFault("Create", DataverseSchema.SyncQueueItem.EntityName, new InvalidPluginExecutionException("disk full"));

        Assert.That(() => org.User.Create(new Entity("lead") { ["lastname"] = "Lost" }), Throws.Exception);

        Assert.That(org.Org.Rows("lead").Where(r => (string?)r["lastname"] == "Lost"), Is.Empty);
        Assert.That(org.Queue, Is.Empty);
    }

    internal static PlatformFaultException SqlTimeout() =>
        new(PlatformFault.InvalidState, "Generic SQL error: the query timed out.");
}
