using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>Where the adapter finds the changed row's id, as each message carries it, seen in the queue row.</summary>
public sealed class ContextReaderTests
{
    private static readonly Guid Primary = Guid.Parse("aaaaaaaa-1111-4222-8333-444455556666");
    private static readonly Guid Carried = Guid.Parse("bbbbbbbb-1111-4222-8333-444455556666");

    [TestCase("Delete", "primary", null, null, null, "primary", TestName = "A delete names its row by the primary entity id")]
    [TestCase("Update", "primary", "none", null, null, "primary", TestName = "A target without an id falls back to the primary entity id")]
    [TestCase("Update", "primary", "carried", null, null, "carried", TestName = "A target's own id wins over the primary entity id")]
    [TestCase("Assign", null, null, "carried", null, "carried", TestName = "An assign names its row by the target reference")]
    [TestCase("SetStateDynamicEntity", null, null, null, "carried", "carried", TestName = "A state change names its row by the entity moniker")]
    [TestCase("Create", "primary", "none", null, "carried", "carried", TestName = "A create takes its new id from the output parameters")]
    public void The_queue_row_carries_the_id_the_message_names(
        string message, string? primaryEntityId, string? targetEntityId, string? targetReference, string? outputId, string expected)
    {
        var platform = new FakePlatform(new FakeExecutionContext { MessageName = message, PrimaryEntityId = Id(primaryEntityId) });
        var inputs = platform.Context.InputParameters;
        if (targetEntityId is not null)
        {
            inputs["Target"] = new Entity("lead", Id(targetEntityId)) { ["emailaddress1"] = "new@example.com" };
        }

        if (targetReference is not null)
        {
            inputs["Target"] = new EntityReference("lead", Id(targetReference));
        }

        if (message == "SetStateDynamicEntity")
        {
            inputs["EntityMoniker"] = new EntityReference("lead", Id(outputId));
        }
        else if (outputId is not null)
        {
            platform.Context.OutputParameters["id"] = Id(outputId);
        }

        new LeadCapturePlugin().Execute(platform);

        Assert.That(platform.Created.Single()[DataverseSchema.SyncQueueItem.RecordId], Is.EqualTo(Id(expected).ToString("D")));
    }

    [TestCase("Win")]
    [TestCase("Lose")]
    public void A_closed_opportunity_is_named_by_the_opportunityid_of_its_close_activity(string message)
    {
        var platform = new FakePlatform(new FakeExecutionContext { MessageName = message, PrimaryEntityName = "opportunity" });
        platform.Context.InputParameters["OpportunityClose"] = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", Carried), ["subject"] = "Closed",
        };
        platform.Context.InputParameters["Status"] = new OptionSetValue(message == "Win" ? 3 : 4);

        new OpportunityCapturePlugin().Execute(platform);

        var row = platform.Created.Single();
        Assert.That((row[DataverseSchema.SyncQueueItem.Entity], row[DataverseSchema.SyncQueueItem.RecordId]), Is.EqualTo(("opportunity", Carried.ToString("D"))));
    }

    [Test]
    public void A_change_without_any_id_is_traced_as_missing_and_queues_nothing()
    {
        var platform = new FakePlatform(new FakeExecutionContext { MessageName = "Create" });

        new LeadCapturePlugin().Execute(platform);

        Assert.That(platform.Created, Is.Empty);
        Assert.That(platform.Traces.Single(), Does.Contain(" msi capture: lead Create not captured: FormatException: Record id is missing. "));
    }

    [Test]
    public void A_target_of_an_unexpected_type_is_traced_by_its_type_and_queues_nothing()
    {
        var platform = new FakePlatform(new FakeExecutionContext { MessageName = "Create", PrimaryEntityId = Primary });
        platform.Context.InputParameters["Target"] = "lead";

        new LeadCapturePlugin().Execute(platform);

        Assert.That(platform.Created, Is.Empty);
        Assert.That(platform.Traces.Single(), Does.Contain(" not captured: InvalidCastException: Target is a String. "));
    }

    private static Guid Id(string? name) => name switch
    {
        "primary" => Primary,
        "carried" => Carried,
        _ => Guid.Empty,
    };
}
