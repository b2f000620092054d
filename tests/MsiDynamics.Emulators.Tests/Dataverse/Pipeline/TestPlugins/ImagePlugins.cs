namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>Steps on contact that register images with chosen columns.</summary>
public static class ImagePlugins
{
    [CrmPluginRegistration("Update", "contact", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "images: update", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PreImage, Image1Name = "pre", Image1Attributes = "firstname,parentcustomerid",
        Image2Type = ImageTypeEnum.PostImage, Image2Name = "post", Image2Attributes = "firstname")]
    public sealed class OnUpdate : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Update", "contact", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "images: both", 2, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.Both, Image1Name = "both", Image1Attributes = "lastname")]
    public sealed class Both : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "contact", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "images: create", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PostImage, Image1Name = "created", Image1Attributes = "")]
    public sealed class OnCreate : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Delete", "contact", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "images: delete", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PreImage, Image1Name = "gone", Image1Attributes = "lastname")]
    public sealed class OnDelete : RecordingPlugin
    {
    }
}
