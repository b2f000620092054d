namespace MsiDynamics.Solution.Packer.Plugins;

/// <summary>An image of a registered step, as spkl registers it: the name is also the entity alias (dataverse.md §4.2).</summary>
/// <param name="Name">The image name and alias.</param>
/// <param name="ImageType">0 pre-image, 1 post-image, 2 both (spkl's ImageTypeEnum, the platform's values).</param>
/// <param name="Attributes">Comma-separated columns, spaces stripped; empty for all columns.</param>
internal sealed record StepImageRegistration(string Name, int ImageType, string Attributes);
