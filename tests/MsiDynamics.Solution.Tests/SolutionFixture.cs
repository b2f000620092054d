using System.IO.Compression;
using System.Xml.Linq;
using MsiDynamics.Solution.Packer;
using MsiDynamics.Solution.Packer.Tree;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// The repository, its plug-in build and one pack of it (with <c>--allow-subset</c>, as CI has no official SDK) into a
/// temporary folder, made once for all tests that only read the result.
/// </summary>
internal static class SolutionFixture
{
    public static SolutionPaths Paths { get; } = SolutionPaths.Find(TestContext.CurrentContext.TestDirectory);

    public static SolutionPacker SourcePacker { get; } = new(Paths);

    /// <summary>The net462 plug-in build the packer reads by default.</summary>
    public static string PluginPath => SourcePacker.DefaultPluginPath();

    public static PackResult Result => Packed.Value;

    /// <summary>True once <see cref="Result"/> has packed.</summary>
    public static bool HasPacked => Packed.IsValueCreated;

    private static Lazy<PackResult> Packed { get; } = new(() =>
        SourcePacker.Pack(PluginPath, Path.Combine(Path.GetTempPath(), "msi-solution-tests-" + Guid.NewGuid().ToString("N")), allowSubset: true));

    /// <summary>The entries of a zip, by name.</summary>
    public static Dictionary<string, byte[]> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>An XML entry of a zip, parsed.</summary>
    public static XDocument Xml(string zip, string entry)
    {
        using var stream = new MemoryStream(Entries(zip)[entry]);
        return XDocument.Load(stream);
    }

    public static XDocument Customizations => Xml(Result.ManagedZip, "customizations.xml");
}
