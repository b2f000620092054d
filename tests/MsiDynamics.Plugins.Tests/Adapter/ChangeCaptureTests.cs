using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>The adapter around the engine, with a hand-made context: what the pipeline harness cannot arrange.</summary>
public sealed class ChangeCaptureTests
{
    private static readonly Guid LeadId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public void A_captured_change_writes_one_complete_queue_row_through_SYSTEM()
    {
        var platform = EmailUpdate();

        new LeadCapturePlugin().Execute(platform);

        var row = platform.Created.Single();
        Assert.That(platform.ServiceUsers, Is.All.Null, "CreateOrganizationService(null) is SYSTEM");
        Assert.That(row.LogicalName, Is.EqualTo(DataverseSchema.SyncQueueItem.EntityName));
        Assert.That(row[DataverseSchema.SyncQueueItem.Name], Is.EqualTo("lead 3f2504e0-4f89-11d3-9a0c-0305e82c3301: Upsert"));
        Assert.That(row[DataverseSchema.SyncQueueItem.Entity], Is.EqualTo("lead"));
        Assert.That(row[DataverseSchema.SyncQueueItem.RecordId], Is.EqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
        Assert.That(row[DataverseSchema.SyncQueueItem.Operation], Is.EqualTo(new OptionSetValue(1)));
        Assert.That(row[DataverseSchema.SyncQueueItem.Payload], Is.EqualTo("{\"v\":1}"));
        Assert.That(row[DataverseSchema.SyncQueueItem.Status], Is.EqualTo(new OptionSetValue(1)));
        Assert.That(row[DataverseSchema.SyncQueueItem.Attempts], Is.EqualTo(0));
        Assert.That(row[DataverseSchema.SyncQueueItem.CorrelationId], Is.EqualTo(platform.Context.CorrelationId.ToString("D")));
        Assert.That(row[DataverseSchema.SyncQueueItem.Lane], Is.EqualTo(new OptionSetValue(1)));
    }

    [Test]
    public void With_a_warm_settings_cache_the_only_service_call_is_the_create()
    {
        var context = EmailUpdate().Context;
        new LeadCapturePlugin().Execute(new FakePlatform(context));
        context.SharedVariables.Clear();
        var warm = new FakePlatform(context);

        new LeadCapturePlugin().Execute(warm);

        Assert.That((warm.SettingReads, warm.Created.Count), Is.EqualTo((0, 1)));
    }

    [Test]
    public void Ids_in_braces_and_upper_case_from_the_platform_come_out_canonical()
    {
        var platform = new FakePlatform(new FakeExecutionContext { MessageName = "Merge", PrimaryEntityName = "contact" });
        platform.Context.InputParameters["Target"] = new EntityReference("contact", LeadId);
        platform.Context.InputParameters["SubordinateId"] = "{C0C0C0C0-1111-4222-8333-444455556666}";

        new ContactCapturePlugin().Execute(platform);

        Assert.That(
            platform.Created.Single()[DataverseSchema.SyncQueueItem.Payload],
            Is.EqualTo("{\"v\":1,\"subordinateId\":\"c0c0c0c0-1111-4222-8333-444455556666\"}"));
    }

    [Test]
    public void A_record_already_queued_by_a_parent_pipeline_is_not_queued_again_and_the_key_reaches_the_root()
    {
        var root = new FakeExecutionContext();
        var child = EmailUpdate().Context;
        child.ParentContext = new FakeExecutionContext { ParentContext = root };

        new LeadCapturePlugin().Execute(new FakePlatform(child));
        var again = new FakePlatform(new FakeExecutionContext { ParentContext = root, MessageName = "Assign" });
        again.Context.InputParameters["Target"] = new EntityReference("lead", LeadId);
        new LeadCapturePlugin().Execute(again);

        var key = child.SharedVariables.Keys.Single();
        Assert.That(key, Does.StartWith("msi.captured:lead:3f2504e0-4f89-11d3-9a0c-0305e82c3301:Upsert:"));
        Assert.That((child.SharedVariables.ContainsKey(key), root.SharedVariables.ContainsKey(key)), Is.EqualTo((true, true)));
        Assert.That(again.Created, Is.Empty);
    }

    [Test]
    public void A_malformed_target_is_traced_with_the_correlation_id_and_the_save_goes_on()
    {
        var platform = new FakePlatform(new FakeExecutionContext { MessageName = "Update", PrimaryEntityName = "connection" });
        var target = new Entity("connection", LeadId)
        {
            ["record1id"] = new EntityReference("opportunity", Guid.NewGuid()),
            ["record2id"] = new EntityReference("contact", Guid.NewGuid()),
            ["record2roleid"] = "{Champion}",
        };
        platform.Context.InputParameters["Target"] = target;

        Assert.DoesNotThrow(() => new ConnectionCapturePlugin().Execute(platform));

        Assert.That(platform.Created, Is.Empty);
        var line = platform.Traces.Last();
        Assert.That(line, Does.StartWith(platform.Context.CorrelationId.ToString("D")));
        Assert.That(line, Does.Contain("InvalidCastException").And.Match(@" \d+\.\d\d ms$"));
    }

    [Test]
    public void A_settings_row_that_cannot_be_read_fails_the_save_and_is_read_again_next_time()
    {
        var platform = EmailUpdate();
        platform.SettingRows.Add(new Entity("msi_syncsetting") { ["msi_entity"] = 42 });

        Assert.Throws<InvalidPluginExecutionException>(() => new LeadCapturePlugin().Execute(platform));
        platform.Context.SharedVariables.Clear();
        Assert.Throws<InvalidPluginExecutionException>(() => new LeadCapturePlugin().Execute(platform));

        Assert.That((platform.Created.Count, platform.SettingReads), Is.EqualTo((0, 2)));
        Assert.That(platform.Traces, Has.All.Contains("settings read failed, save stopped: InvalidCastException"));
    }

    [Test]
    public void A_failing_create_of_the_queue_row_propagates_so_the_save_rolls_back()
    {
        var platform = EmailUpdate();
        platform.CreateFault = new InvalidPluginExecutionException("SQL timeout");

        Assert.Throws<InvalidPluginExecutionException>(() => new LeadCapturePlugin().Execute(platform));
        Assert.That(platform.Traces.Last(), Does.Contain("queue write failed"));
    }

    private static FakePlatform EmailUpdate()
    {
        var platform = new FakePlatform(new FakeExecutionContext());
        platform.Context.InputParameters["Target"] = new Entity("lead", LeadId) { ["emailaddress1"] = "new@example.com" };
        platform.Context.PreEntityImages["PreImage"] = new Entity("lead", LeadId) { ["emailaddress1"] = "old@example.com" };
        return platform;
    }
}
