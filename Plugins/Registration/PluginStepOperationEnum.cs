/// <summary>What spkl does with a step that is no longer declared.</summary>
public enum PluginStepOperationEnum
{
    Delete = 0,
    Deactivate = 1,
}
