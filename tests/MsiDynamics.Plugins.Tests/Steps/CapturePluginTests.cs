using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Plugins.Tests.Adapter;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Steps;

/// <summary>What a capture step does when the platform hands it less than a normal execution.</summary>
public sealed class CapturePluginTests
{
    private static readonly Guid LeadId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public void A_call_without_a_service_provider_fails_with_a_platform_error_that_says_so()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() => new LeadCapturePlugin().Execute(null!));

        Assert.That(error!.Message, Is.EqualTo("The platform passed no service provider."));
    }

    [Test]
    public void A_step_without_a_tracing_service_still_queues_the_change()
    {
        var platform = EmailUpdate();
        platform.OffersTracing = false;

        new LeadCapturePlugin().Execute(platform);

        Assert.That(platform.Created.Single()[DataverseSchema.SyncQueueItem.RecordId], Is.EqualTo(LeadId.ToString("D")));
        Assert.That(platform.Traces, Is.Empty);
    }

    [Test]
    public void A_platform_without_an_organisation_service_fails_the_save_and_the_trace_says_why()
    {
        var platform = EmailUpdate();
        platform.OffersServices = false;

        Assert.Throws<InvalidPluginExecutionException>(() => new LeadCapturePlugin().Execute(platform));

        Assert.That(platform.Traces, Has.Some.Contains(
            "settings read failed, save stopped: InvalidOperationException: The service provider has no IOrganizationServiceFactory."));
    }

    [Test]
    public void One_execution_asks_the_platform_for_the_SYSTEM_service_once()
    {
        var platform = EmailUpdate();

        new LeadCapturePlugin().Execute(platform);

        Assert.That((platform.SettingReads, platform.Created.Count), Is.EqualTo((1, 1)), "settings read, row written");
        Assert.That(platform.ServiceUsers, Is.EqualTo(new Guid?[] { null }));
    }

    private static FakePlatform EmailUpdate()
    {
        var platform = new FakePlatform(new FakeExecutionContext());
        platform.Context.InputParameters["Target"] = new Entity("lead", LeadId) { ["emailaddress1"] = "new@example.com" };
        platform.Context.PreEntityImages["PreImage"] = new Entity("lead", LeadId) { ["emailaddress1"] = "old@example.com" };
        return platform;
    }
}
