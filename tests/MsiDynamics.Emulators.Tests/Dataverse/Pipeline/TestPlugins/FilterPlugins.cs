namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>Update steps on account with and without filtering attributes.</summary>
public static class FilterPlugins
{
    // A space in the list, as people write it: spkl strips spaces (dataverse.md §4.2).
    [CrmPluginRegistration("Update", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "name, telephone1", "filter: name or phone", 1, IsolationModeEnum.Sandbox)]
    public sealed class Filtered : RecordingPlugin
    {
    }

    [CrmPluginRegistration("Update", "account", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "filter: none", 1, IsolationModeEnum.Sandbox)]
    public sealed class Unfiltered : RecordingPlugin
    {
    }
}
