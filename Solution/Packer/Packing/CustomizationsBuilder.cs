using System.Xml.Linq;

namespace MsiDynamics.Solution.Packer.Packing;

/// <summary>
/// Builds the zip's <c>customizations.xml</c> from the unpacked tree as SolutionPackager does (dataverse.md §5.3):
/// <c>Other/Customizations.xml</c> with its sections filled by the entities (with their forms, views and charts), roles,
/// relationships (named in <c>Other/Relationships.xml</c>, defined under <c>Other/Relationships/</c>), dashboards,
/// plug-in assembly, steps, site maps and apps of the tree.
/// </summary>
internal static class CustomizationsBuilder
{
    public static XDocument Build(string source)
    {
        var document = Load(Path.Combine(source, "Other", "Customizations.xml"));
        var root = document.Root!;
        Fill(root, "Entities", Directory.EnumerateDirectories(Path.Combine(source, "Entities")).Order(StringComparer.Ordinal).Select(Entity));
        Fill(root, "Roles", Each(source, "Roles", "*.xml"));
        Fill(root, "EntityRelationships", Relationships(source));
        Fill(root, "Dashboards", Each(source, "Dashboards", "*.xml"));
        Fill(root, "SolutionPluginAssemblies", Each(source, "PluginAssemblies", "*.dll.data.xml"));
        Fill(root, "SdkMessageProcessingSteps", Each(source, "SdkMessageProcessingSteps", "*.xml"));
        Fill(root, "AppModuleSiteMaps", Each(source, "AppModuleSiteMaps", "AppModuleSiteMap.xml"));
        Fill(root, "AppModules", Each(source, "AppModules", "AppModule.xml"));
        return document;
    }

    private static XElement Entity(string folder)
    {
        var entity = Load(Path.Combine(folder, "Entity.xml")).Root!;
        var forms = Directory.Exists(Path.Combine(folder, "FormXml"))
            ? Directory.EnumerateDirectories(Path.Combine(folder, "FormXml")).Order(StringComparer.Ordinal).Select(type =>
                new XElement("forms", new XAttribute("type", Path.GetFileName(type)),
                    Files(type, "*.xml").SelectMany(f => Load(f).Root!.Elements("systemform"))))
            : [];
        Section(entity, "FormXml").Add(forms);
        Section(entity, "SavedQueries").Add(new XElement("savedqueries",
            Files(Path.Combine(folder, "SavedQueries"), "*.xml").SelectMany(f => Load(f).Root!.Elements("savedquery"))));
        Section(entity, "RibbonDiffXml").AddAfterSelf(new XElement("Visualizations",
            Files(Path.Combine(folder, "Visualizations"), "*.xml").Select(f => Load(f).Root!)));
        return entity;
    }

    // Other/Relationships.xml names the relationships; Other/Relationships/<Table>.xml holds each in full.
    private static IEnumerable<XElement> Relationships(string source)
    {
        var definitions = Files(Path.Combine(source, "Other", "Relationships"), "*.xml")
            .SelectMany(f => Load(f).Root!.Elements("EntityRelationship"))
            .ToDictionary(r => (string?)r.Attribute("Name") ?? string.Empty, StringComparer.Ordinal);
        return Load(Path.Combine(source, "Other", "Relationships.xml")).Root!.Elements("EntityRelationship")
            .Select(r => (string?)r.Attribute("Name") ?? string.Empty)
            .Select(name => definitions.TryGetValue(name, out var definition) ? definition
                : throw new PackException($"Other/Relationships.xml names the relationship '{name}', which no file under Other/Relationships/ defines."))
            .ToList();
    }

    private static XElement Section(XElement entity, string name) =>
        entity.Element(name) ?? throw new PackException($"Entities/{entity.Element("Name")?.Value}/Entity.xml has no <{name}> element.");

    private static IEnumerable<XElement> Each(string source, string folder, string pattern) =>
        Files(Path.Combine(source, folder), pattern, SearchOption.AllDirectories).Select(f => Load(f).Root!);

    private static IEnumerable<string> Files(string folder, string pattern, SearchOption option = SearchOption.TopDirectoryOnly) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern, option).Order(StringComparer.Ordinal) : [];

    private static void Fill(XElement root, string section, IEnumerable<XElement> children)
    {
        var element = root.Element(section) ?? throw new PackException($"Other/Customizations.xml has no <{section}> section.");
        element.Add(children.Select(c => new XElement(c)));
    }

    // Without the generated-file comments: they speak about the source tree, not the package.
    private static XDocument Load(string file)
    {
        var document = XDocument.Load(file);
        document.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        return document;
    }
}
