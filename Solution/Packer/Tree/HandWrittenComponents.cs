using System.Xml.Linq;

namespace MsiDynamics.Solution.Packer.Tree;

/// <summary>
/// The components of the tree written by hand (the app, its site map and dashboards), read for the manifest's root
/// components: app modules by <c>UniqueName</c>, site maps by <c>SiteMapUniqueName</c>, dashboards by <c>FormId</c>.
/// </summary>
/// <param name="AppModules">Unique names of the apps under AppModules/.</param>
/// <param name="SiteMaps">Unique names of the site maps under AppModuleSiteMaps/.</param>
/// <param name="Dashboards">Form ids of the dashboards under Dashboards/.</param>
internal sealed record HandWrittenComponents(IReadOnlyList<string> AppModules, IReadOnlyList<string> SiteMaps, IReadOnlyList<Guid> Dashboards)
{
    public static HandWrittenComponents Read(string source) => new(
        [.. Files(source, "AppModules", "AppModule.xml").Select(d => Value(d, "UniqueName"))],
        [.. Files(source, "AppModuleSiteMaps", "AppModuleSiteMap.xml").Select(d => Value(d, "SiteMapUniqueName"))],
        [.. Files(source, "Dashboards", "*.xml").Select(d => Guid.Parse(Value(d, "FormId")))]);

    private static IEnumerable<XDocument> Files(string source, string folder, string pattern)
    {
        var root = Path.Combine(source, folder);
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Load).OfType<XDocument>()
            : [];
    }

    // A file that does not parse is left out here; the tree check reports it.
    private static XDocument? Load(string file)
    {
        try
        {
            return XDocument.Load(file);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string Value(XDocument document, string element) =>
        document.Root?.Element(element)?.Value.Trim()
        ?? throw new PackException($"<{document.Root?.Name}> has no <{element}>.");
}
