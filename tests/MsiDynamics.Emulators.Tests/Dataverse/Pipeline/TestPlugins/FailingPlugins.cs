using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>Steps on opportunity that write a queue row and then fail, or that run after a failure would.</summary>
public static class FailingPlugins
{
    [CrmPluginRegistration("Create", "opportunity", StageEnum.PreOperation, ExecutionModeEnum.Synchronous, "", "fail: queue first", 1, IsolationModeEnum.Sandbox)]
    public sealed class QueuesInPreOperation : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory)
        {
            var queueRow = new Entity("msi_syncqueueitem");
            queueRow["msi_name"] = "queued before the failure";
            factory.CreateOrganizationService(null).Create(queueRow);
        }
    }

    [CrmPluginRegistration("Create", "opportunity", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "fail: user error", 1, IsolationModeEnum.Sandbox)]
    public sealed class ThrowsUserError : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory) =>
            throw new InvalidPluginExecutionException("The opportunity cannot be saved.");
    }

    [CrmPluginRegistration("Create", "opportunity", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "fail: bug", 2, IsolationModeEnum.Sandbox)]
    public sealed class ThrowsBug : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory) =>
            throw new InvalidOperationException("A bug in the step.");
    }

    [CrmPluginRegistration("Create", "opportunity", StageEnum.PostOperation, ExecutionModeEnum.Asynchronous, "", "fail: async", 1, IsolationModeEnum.Sandbox)]
    public sealed class RunsAfterCommit : RecordingPlugin
    {
    }
}
