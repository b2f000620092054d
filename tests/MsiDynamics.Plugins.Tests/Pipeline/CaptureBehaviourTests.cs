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
    public void Re_enabling_a_table_takes_effect_only_when_the_cached_settings_expire()
    {
        var org = new CaptureOrganization();
        org.SetSync("contact", enabled: false);
        RecordStepTests.Act(org, "contact", "Create");

        org.SetSync("contact", enabled: true);
        org.Clock.Advance(TimeSpan.FromSeconds(59));
        RecordStepTests.Act(org, "contact", "Create");
        var withinLifetime = org.Queue.Count;
        org.Clock.Advance(TimeSpan.FromSeconds(1));
        RecordStepTests.Act(org, "contact", "Create");

        Assert.That((withinLifetime, org.Queue.Count), Is.EqualTo((0, 1)));
    }

    [Test]
    public void A_save_whose_settings_cannot_be_read_fails_with_the_clear_message_and_rolls_back_with_nothing_queued()
    {
        var org = new CaptureOrganization();
        org.Org.InjectFault("RetrieveMultiple", DataverseSchema.SyncSetting.EntityName, SqlTimeout());

        var save = () => org.User.Create(new Entity("lead") { ["lastname"] = "Lost" });

        Assert.That(save, Throws.TypeOf<InvalidPluginExecutionException>()
            .With.Message.StartsWith("MsiDynamics could not read its sync settings (table msi_syncsetting)"));
        Assert.That(org.Org.Rows("lead").Where(r => (string?)r["lastname"] == "Lost"), Is.Empty);
        Assert.That(org.Queue, Is.Empty);
        Assert.That(org.Org.Traces, Has.Some.Contains("msi capture: settings read failed, save stopped: PlatformFaultException"));
    }

    [Test]
    public void A_settings_table_that_becomes_unreadable_fails_saves_from_the_moment_the_cache_expires()
    {
        var org = new CaptureOrganization();
        RecordStepTests.Act(org, "contact", "Create");
        org.Org.InjectFault("RetrieveMultiple", DataverseSchema.SyncSetting.EntityName, SqlTimeout());

        org.Clock.Advance(TimeSpan.FromSeconds(59));
        RecordStepTests.Act(org, "contact", "Create");
        org.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That(() => RecordStepTests.Act(org, "contact", "Create"), Throws.TypeOf<InvalidPluginExecutionException>());
        Assert.That(org.Queue, Has.Count.EqualTo(2), "the saves within the lifetime used the cached settings");
    }

    [Test]
    public void After_one_save_fails_on_an_unreadable_settings_table_the_next_minute_of_saves_uses_the_stale_copy()
    {
        var org = new CaptureOrganization();
        RecordStepTests.Act(org, "contact", "Create");
        org.Org.InjectFault("RetrieveMultiple", DataverseSchema.SyncSetting.EntityName, SqlTimeout());
        org.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.That(() => RecordStepTests.Act(org, "contact", "Create"), Throws.TypeOf<InvalidPluginExecutionException>());

        org.Clock.Advance(TimeSpan.FromSeconds(59));
        RecordStepTests.Act(org, "lead", "Create");
        org.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That(() => RecordStepTests.Act(org, "lead", "Create"), Throws.TypeOf<InvalidPluginExecutionException>());
        Assert.That(org.Queue.Select(r => r["msi_entity"]), Is.EqualTo(new[] { "contact", "lead" }));
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

    private static PlatformFaultException SqlTimeout() =>
        new(PlatformFault.InvalidState, "Generic SQL error: the query timed out.");
}
