using System.Xml.Linq;
using MsiDynamics.Solution.Packer.Plugins;
using MsiDynamics.Solution.Packer.Roles;
using MsiDynamics.Solution.Packer.Schema;

namespace MsiDynamics.Solution.Packer.Tree;

/// <summary>
/// Every file of Solution/src that code defines, keyed by its path under Solution/src: Entity.xml and main forms
/// (from Schema/ via <see cref="SolutionTables"/>), the queue view the forms' "Marketo sync" sub-grid shows
/// (<see cref="RecordSyncView"/>), the plug-in assembly and step files (from the registration attributes), the
/// security roles (from Solution/privileges), Other/Relationships.xml and Other/Relationships/ (the lookups) and
/// Other/Solution.xml. <c>generate</c> writes them;
/// <c>pack</c> refuses a tree where any differs.
/// </summary>
internal static class GeneratedFiles
{
    /// <summary>Folders whose every file is generated: a file there that is not generated is stale.</summary>
    public static readonly string[] GeneratedFolders = ["PluginAssemblies", "SdkMessageProcessingSteps", "Roles", RelationshipXml.Folder];

    public static SortedDictionary<string, string> Build(SolutionPaths paths, PluginAssembly assembly)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var roots = new List<XElement>();
        foreach (var table in SolutionTables.All)
        {
            files["Entities/" + table.SchemaName + "/Entity.xml"] = XmlText.Of(EntityXml.For(table));
            files[FormXml.PathOf(table)] = XmlText.Of(FormXml.For(table));
            roots.Add(SolutionManifest.Named(1, table.LogicalName, table.IsNew ? 0 : 2));
            if (!table.IsNew)
            {
                roots.Add(SolutionManifest.WithId(60, FormXml.IdOf(table)));
            }
        }

        foreach (var role in Roles(paths))
        {
            files[role.SourcePath] = XmlText.Of(role.ToXml());
            roots.Add(SolutionManifest.WithId(20, role.Id));
        }

        var handWritten = HandWrittenComponents.Read(paths.Source);
        roots.AddRange(handWritten.Dashboards.Select(id => SolutionManifest.WithId(60, id)));
        roots.AddRange(handWritten.SiteMaps.Select(name => SolutionManifest.Named(62, name)));
        roots.AddRange(handWritten.AppModules.Select(name => SolutionManifest.Named(80, name)));

        files[PluginXml.Folder(assembly) + "/" + assembly.Name + ".dll.data.xml"] = XmlText.Of(PluginXml.Assembly(assembly));
        roots.Add(new XElement("RootComponent", new XAttribute("type", 91), new XAttribute("id", "{" + PluginXml.AssemblyId.ToString("D") + "}"),
            new XAttribute("schemaName", assembly.FullName), new XAttribute("behavior", 0)));
        foreach (var step in assembly.Steps)
        {
            files[PluginXml.StepPath(step)] = XmlText.Of(PluginXml.Step(assembly, step));
            roots.Add(SolutionManifest.WithId(92, step.Id));
        }

        files[RecordSyncView.Path] = XmlText.Of(RecordSyncView.For());
        files[RelationshipXml.IndexPath] = XmlText.Of(RelationshipXml.Index(SolutionTables.All));
        foreach (var (path, relationships) in RelationshipXml.Files(SolutionTables.All))
        {
            files[path] = XmlText.Of(relationships);
        }

        files["Other/Solution.xml"] = XmlText.Of(SolutionManifest.For(paths.ReadVersion(), roots));
        return files;
    }

    /// <summary>The security roles, one per file in Solution/privileges.</summary>
    public static IReadOnlyList<SecurityRole> Roles(SolutionPaths paths) =>
        [.. Directory.EnumerateFiles(paths.Privileges, "*.txt").Order(StringComparer.Ordinal).Select(SecurityRole.Read)];
}
