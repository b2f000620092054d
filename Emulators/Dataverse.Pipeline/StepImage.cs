namespace MsiDynamics.Emulators.Dataverse.Pipeline;

/// <summary>
/// An image registered on a step. spkl uses the image name as its entity alias too, so <see cref="Name"/> is
/// the key in <c>PreEntityImages</c> / <c>PostEntityImages</c> (dataverse.md §2.2). An attribute's
/// <c>Both</c> type becomes two images of the same name, one of each type.
/// </summary>
/// <param name="Name">The image name and alias.</param>
/// <param name="Type">Pre or post.</param>
/// <param name="Attributes">The columns the image holds; empty = all columns.</param>
public sealed record StepImage(string Name, StepImageType Type, string[] Attributes);
