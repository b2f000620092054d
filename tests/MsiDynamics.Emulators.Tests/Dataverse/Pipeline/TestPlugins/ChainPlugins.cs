using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>
/// A PostOperation step on Create of account that writes a queue row as SYSTEM and a task as the calling
/// user, and the steps that see those child requests.
/// </summary>
public static class ChainPlugins
{
    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "chain: writes", 1, IsolationModeEnum.Sandbox)]
    public sealed class WritesChildren : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory)
        {
            var queueRow = new Entity("msi_syncqueueitem");
            queueRow["msi_name"] = "queued by the step";
            factory.CreateOrganizationService(null).Create(queueRow);

            var task = new Entity("task");
            task["subject"] = "call back";
            factory.CreateOrganizationService(context.UserId).Create(task);
        }
    }

    [CrmPluginRegistration("Create", "msi_syncqueueitem", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "chain: queue row", 1, IsolationModeEnum.Sandbox)]
    public sealed class SeesQueueRow : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "task", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "chain: task", 1, IsolationModeEnum.Sandbox)]
    public sealed class SeesTask : RecordingPlugin
    {
    }
}
