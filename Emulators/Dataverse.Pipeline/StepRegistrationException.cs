namespace MsiDynamics.Emulators.Dataverse.Pipeline;

/// <summary>
/// A plug-in step that Dataverse would refuse to register or that the harness cannot run. The message names
/// the plug-in type, the step and the rule it breaks.
/// </summary>
public sealed class StepRegistrationException : Exception
{
    public StepRegistrationException(string message)
        : base(message)
    {
    }
}
