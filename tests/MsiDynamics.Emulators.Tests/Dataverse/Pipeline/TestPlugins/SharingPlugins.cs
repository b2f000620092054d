using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>Steps on Create of lead that pass SharedVariables from PreValidation and PreOperation to PostOperation.</summary>
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
}
