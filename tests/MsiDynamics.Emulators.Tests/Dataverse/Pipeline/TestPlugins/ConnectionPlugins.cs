namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>PostOperation steps on every write of a connection.</summary>
public static class ConnectionPlugins
{
    [CrmPluginRegistration("Create", "connection", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "connection: create", 1, IsolationModeEnum.Sandbox,
        Image1Type = ImageTypeEnum.PostImage, Image1Name = "half", Image1Attributes = "ismaster,record1id")]
    public sealed class Created : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Update", "connection", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "connection: update", 1, IsolationModeEnum.Sandbox)]
    public sealed class Updated : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Delete", "connection", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "connection: delete", 1, IsolationModeEnum.Sandbox)]
    public sealed class Deleted : RecordingPlugin
    {
    }
}
