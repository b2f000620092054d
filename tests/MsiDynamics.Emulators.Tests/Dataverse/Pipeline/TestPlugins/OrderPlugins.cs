namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>Steps on Create of account in every stage, declared out of order, to show the order they run in.</summary>
public static class OrderPlugins
{
    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Asynchronous, "", "order: post async", 1, IsolationModeEnum.Sandbox)]
    public sealed class PostAsync : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "order: post", 5, IsolationModeEnum.Sandbox)]
    public sealed class PostOperation : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PreOperation, ExecutionModeEnum.Synchronous, "", "order: pre 2", 2, IsolationModeEnum.Sandbox)]
    public sealed class PreOperationSecond : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PreOperation, ExecutionModeEnum.Synchronous, "", "order: pre 1", 1, IsolationModeEnum.Sandbox,
        Id = "9a1d3c52-0d6e-4f0e-9f7a-2b9b8a0c1d01")]
    public sealed class PreOperationFirst : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Create", "account", StageEnum.PreValidation, ExecutionModeEnum.Synchronous, "", "order: pre-validation", 9, IsolationModeEnum.Sandbox)]
    public sealed class PreValidation : RecordingPlugin
    {
    }
}
