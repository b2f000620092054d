using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>
/// Badly written steps on Create of contact: each makes a call that fails (an Update of a row that does not
/// exist) and swallows the failure; one then makes another call, the other returns as if nothing happened.
/// </summary>
public static class DoomPlugins
{
    [CrmPluginRegistration("Create", "contact", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "doom: calls again", 1, IsolationModeEnum.Sandbox)]
    public sealed class CatchesThenCallsAgain : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory)
        {
            var service = factory.CreateOrganizationService(null);
            SwallowFailedCall(service);
            service.Create(new Entity("task") { ["subject"] = "follow up" });
        }
    }

    [CrmPluginRegistration("Create", "contact", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "doom: returns", 1, IsolationModeEnum.Sandbox)]
    public sealed class CatchesThenReturns : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory) =>
            SwallowFailedCall(factory.CreateOrganizationService(null));
    }

    [CrmPluginRegistration("Create", "task", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "doom: task", 1, IsolationModeEnum.Sandbox)]
    public sealed class SeesTask : RecordingPlugin
    {
    }

    private static void SwallowFailedCall(IOrganizationService service)
    {
        try
        {
            service.Update(new Entity("account", Guid.NewGuid()) { ["name"] = "ghost" });
        }
        catch (Exception)
        {
            // Swallowed: the anti-pattern the platform punishes (dataverse.md §0.9).
        }
    }
}
