namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>Registrations Dataverse would refuse or the harness cannot run; registering any of them must fail.</summary>
public static class InvalidPlugins
{
    [CrmPluginRegistration("Delete", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "invalid: post-image on delete", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PostImage, Image1Name = "after", Image1Attributes = "")]
    public sealed class PostImageOnDelete : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "invalid: pre-image on create", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PreImage, Image1Name = "before", Image1Attributes = "")]
    public sealed class PreImageOnCreate : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Update", "account", StageEnum.PreOperation, ExecutionModeEnum.Synchronous, "", "invalid: post-image before the operation", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PostImage, Image1Name = "after", Image1Attributes = "")]
    public sealed class PostImageInPreOperation : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Update", "account", StageEnum.PreOperation, ExecutionModeEnum.Asynchronous, "", "invalid: async pre-operation", 1, IsolationModeEnum.Sandbox)]
    public sealed class AsynchronousPreOperation : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "name", "invalid: filter on create", 1, IsolationModeEnum.Sandbox)]
    public sealed class FilterOnCreate : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Associate", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "invalid: associate", 1, IsolationModeEnum.Sandbox)]
    public sealed class UnemulatedMessage : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "invalid: bad id", 1, IsolationModeEnum.Sandbox,
        Id = "not-a-guid")]
    public sealed class MalformedStepId : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "invalid: not a plug-in", 1, IsolationModeEnum.Sandbox)]
    public sealed class NotAPlugin
    {
    }
}
