using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// Cuts a step's registered images from the row as it was before the main operation and as it is after it,
/// with only the registered columns ("" = all), keyed by image name (dataverse.md §2.2).
/// </summary>
internal static class ImageBuilder
{
    public static void Fill(PluginContext context, RegisteredStep step, PipelineRun run)
    {
        foreach (var image in step.Images)
        {
            var (source, images) = image.Type == StepImageType.PreImage
                ? (run.PreState, context.PreEntityImages)
                : (run.PostState, context.PostEntityImages);

            // Post-images exist only after the main operation; a row that does not exist has no image.
            if (source is null || (image.Type == StepImageType.PostImage && context.Stage != 40))
            {
                continue;
            }

            images[image.Name] = Cut(source, image.Attributes);
        }
    }

    private static Entity Cut(Entity row, string[] columns)
    {
        var image = new Entity(row.LogicalName, row.Id);
        foreach (var (name, value) in row.Attributes)
        {
            if (columns.Length == 0 || columns.Contains(name, StringComparer.Ordinal))
            {
                image.Attributes[name] = Storage.RowCopier.CopyValue(value);
            }
        }

        return image;
    }
}
