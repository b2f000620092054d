namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>Steps that watch the platform's compound messages and the Updates and Creates they raise.</summary>
public static class MessagePlugins
{
    [CrmPluginRegistration("Update", "account", StageEnum.PreOperation, ExecutionModeEnum.Synchronous, "", "messages: account update", 1, IsolationModeEnum.Sandbox)]
    public sealed class AccountUpdate : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Assign", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: assign", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PostImage, Image1Name = "after", Image1Attributes = "ownerid")]
    public sealed class AccountAssign : RecordingPlugin
    {
    }

    [CrmPluginRegistration("SetStateDynamicEntity", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: set state", 1, IsolationModeEnum.Sandbox)]
    public sealed class AccountSetState : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Merge", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: merge", 1, IsolationModeEnum.Sandbox)]
    public sealed class AccountMerge : RecordingPlugin
    {
    }

    [CrmPluginRegistration("QualifyLead", "lead", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: qualify", 1, IsolationModeEnum.Sandbox)]
    public sealed class LeadQualify : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Update", "lead", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "statecode", "messages: lead state", 1, IsolationModeEnum.Sandbox)]
    public sealed class LeadStateUpdate : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Win", "opportunity", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: win", 1, IsolationModeEnum.Sandbox)]
    public sealed class OpportunityWin : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Lose", "opportunity", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: lose", 1, IsolationModeEnum.Sandbox)]
    public sealed class OpportunityLose : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Update", "opportunity", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: opportunity update", 1, IsolationModeEnum.Sandbox)]
    public sealed class OpportunityUpdate : RecordingPlugin
    {
    }

    // "none": a step for every table (dataverse.md §4.2).
    [CrmPluginRegistration("Create", "none", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: any create", 1, IsolationModeEnum.Sandbox)]
    public sealed class AnyCreate : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Update", "none", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "messages: any update", 1, IsolationModeEnum.Sandbox)]
    public sealed class AnyUpdate : RecordingPlugin
    {
    }
}
