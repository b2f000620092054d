using System.Xml.Linq;

namespace MsiDynamics.Architecture.Tests;

/// <summary>
/// What one project file declares about its dependencies, read from the file itself. Items are read whatever
/// their condition, so a reference that only some builds make (such as <c>-p:XrmSdk=Official</c>) still counts.
/// </summary>
internal sealed class ProjectFile
{
    private ProjectFile(
        string key,
        string assemblyName,
        IReadOnlyList<string> projectReferences,
        IReadOnlyList<string> packageReferences,
        IReadOnlyList<string> internalsVisibleTo)
    {
        Key = key;
        AssemblyName = assemblyName;
        ProjectReferences = projectReferences;
        PackageReferences = packageReferences;
        InternalsVisibleTo = internalsVisibleTo;
    }

    /// <summary>The project's directory relative to the repository root, with '/': <c>Emulators/Kit</c>.</summary>
    public string Key { get; }

    /// <summary>The assembly the project builds: its <c>AssemblyName</c>, or the file name without extension.</summary>
    public string AssemblyName { get; }

    /// <summary>The keys of the projects it references.</summary>
    public IReadOnlyList<string> ProjectReferences { get; }

    /// <summary>The ids of the packages it references.</summary>
    public IReadOnlyList<string> PackageReferences { get; }

    /// <summary>The friend assemblies named by its <c>InternalsVisibleTo</c> items.</summary>
    public IReadOnlyList<string> InternalsVisibleTo { get; }

    public static ProjectFile Read(string root, string path)
    {
        var document = XDocument.Load(path);
        var directory = Path.GetDirectoryName(path)!;

        IEnumerable<string> Includes(string itemType) =>
            document.Descendants()
                .Where(e => e.Name.LocalName == itemType)
                .Select(e => (string?)e.Attribute("Include"))
                .OfType<string>();

        var projectReferences = Includes("ProjectReference")
            .Select(include => KeyOf(root, Path.GetDirectoryName(Path.GetFullPath(Path.Combine(directory, include.Replace('\\', '/'))))!))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var packageReferences = Includes("PackageReference").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var internalsVisibleTo = Includes("InternalsVisibleTo").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var assemblyName = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim()
            ?? Path.GetFileNameWithoutExtension(path);

        return new ProjectFile(KeyOf(root, directory), assemblyName, projectReferences, packageReferences, internalsVisibleTo);
    }

    public override string ToString() => Key;

    private static string KeyOf(string root, string directory) =>
        Path.GetRelativePath(root, directory).Replace(Path.DirectorySeparatorChar, '/');
}
