namespace MsiDynamics.Emulators.Dataverse.Pipeline.Steps;

/// <summary>
/// Reads a step's images from the attribute's Image1*/Image2* named arguments. spkl registers an image only
/// when it has a name, and uses that name as its alias (dataverse.md §2.2, §4.2).
/// </summary>
internal static class StepImageReader
{
    // spkl's ImageTypeEnum: PreImage = 0, PostImage = 1, Both = 2 (dataverse.md §4.2).
    private const int PreImage = 0;
    private const int PostImage = 1;
    private const int Both = 2;

    public static IReadOnlyList<StepImage> Read(IReadOnlyDictionary<string, object?> named)
    {
        var images = new List<StepImage>();
        foreach (var slot in new[] { "Image1", "Image2" })
        {
            if (named.GetValueOrDefault(slot + "Name") is not string name || name.Length == 0)
            {
                continue;
            }

            var type = named.GetValueOrDefault(slot + "Type") is { } raw
                ? Convert.ToInt32(raw, System.Globalization.CultureInfo.InvariantCulture)
                : PreImage;
            var columns = StepReader.SplitColumns(named.GetValueOrDefault(slot + "Attributes") as string);
            if (type is PreImage or Both)
            {
                images.Add(new StepImage(name, StepImageType.PreImage, columns));
            }

            if (type is PostImage or Both)
            {
                images.Add(new StepImage(name, StepImageType.PostImage, columns));
            }
        }

        return images;
    }
}
