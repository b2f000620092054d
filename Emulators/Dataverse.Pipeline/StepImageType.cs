namespace MsiDynamics.Emulators.Dataverse.Pipeline;

/// <summary>When an image is taken: before the main operation or after it (Dataverse's imagetype values).</summary>
public enum StepImageType
{
    PreImage = 0,
    PostImage = 1,
}
