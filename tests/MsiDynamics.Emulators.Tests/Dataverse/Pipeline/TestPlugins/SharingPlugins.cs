using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>
/// Steps on Create of lead that pass SharedVariables from PreValidation and PreOperation to PostOperation, and
/// steps on Create of account whose child request (a task) reads and writes its ParentContext's SharedVariables.
/// </summary>
public static class SharingPlugins
{
    [CrmPluginRegistration("Create", "lead", StageEnum.PreValidation, ExecutionModeEnum.Synchronous, "", "share: pre-validation", 1, IsolationModeEnum.Sandbox)]
    public sealed class SharesInPreValidation : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory) =>
            context.SharedVariables["from-prevalidation"] = 10;
    }

    [CrmPluginRegistration("Create", "lead", StageEnum.PreOperation, ExecutionModeEnum.Synchronous, "", "share: pre", 1, IsolationModeEnum.Sandbox)]
    public sealed class SharesInPreOperation : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory) =>
            context.SharedVariables["from-preoperation"] = "hello";
    }

    [CrmPluginRegistration("Create", "lead", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "share: post", 1, IsolationModeEnum.Sandbox)]
    public sealed class ReadsInPostOperation : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "share: parent", 1, IsolationModeEnum.Sandbox)]
    public sealed class ParentSharesThenCreatesTask : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory)
        {
            context.SharedVariables["from-parent"] = "account";
            factory.CreateOrganizationService(context.UserId).Create(new Entity("task") { ["subject"] = "call back" });
        }
    }

    [CrmPluginRegistration("Create", "task", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "share: child", 1, IsolationModeEnum.Sandbox)]
    public sealed class ChildWritesToParent : RecordingPlugin
    {
        protected override void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory) =>
            context.ParentContext!.SharedVariables["from-child"] = true;
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "share: after child", 2, IsolationModeEnum.Sandbox)]
    public sealed class ParentReadsAfterChild : RecordingPlugin
    {
    }
}
