using System.Xml.Linq;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// Our files use the element names real unpacked solutions use (<see cref="RealSolutionVocabulary"/>): a misspelt or
/// invented element would be ignored or refused by the import, and no test against Dataverse itself runs here.
/// </summary>
public sealed class StructureTests
{
    private static string Source => SolutionFixture.Paths.Source;

    [Test]
    public void The_manifest_uses_the_names_of_real_solution_manifests()
    {
        AssertNames(Load("Other/Solution.xml").Descendants(), RealSolutionVocabulary.Manifest, "Other/Solution.xml");
    }

    [Test]
    public void Step_files_use_the_names_of_real_step_files()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Source, "SdkMessageProcessingSteps"), "*.xml").ToArray();
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            AssertNames(XDocument.Load(file).Descendants(), RealSolutionVocabulary.Step, file);
        }
    }

    [Test]
    public void The_plug_in_assembly_data_file_uses_the_names_of_real_ones()
    {
        var file = Directory.EnumerateFiles(Path.Combine(Source, "PluginAssemblies"), "*.dll.data.xml", SearchOption.AllDirectories).Single();
        AssertNames(XDocument.Load(file).Descendants(), RealSolutionVocabulary.PluginAssembly, file);
    }

    [Test]
    public void Entity_files_use_the_names_of_real_entity_files()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Source, "Entities"), "Entity.xml", SearchOption.AllDirectories))
        {
            var document = XDocument.Load(file);
            var attributes = document.Descendants("attribute").ToArray();

            // A table the solution adds no column to (there for its form) has no EntityInfo, as SolutionPackager
            // unpacks one (docs/solution.md); every other lists its columns.
            Assert.That(attributes.Length > 0 || !document.Descendants("EntityInfo").Any(), Is.True, file);
            AssertNames(attributes.SelectMany(a => a.DescendantsAndSelf()), RealSolutionVocabulary.Attribute, file);
            AssertNames(document.Descendants().Where(e => !e.AncestorsAndSelf("attribute").Any()), RealSolutionVocabulary.Entity, file);
        }
    }

    [Test]
    public void Views_forms_and_the_app_use_the_names_of_real_ones()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Source, "Entities"), "*.xml", SearchOption.AllDirectories))
        {
            var kind = file.Contains("SavedQueries", StringComparison.Ordinal) ? RealSolutionVocabulary.View
                : file.Contains("FormXml", StringComparison.Ordinal) ? RealSolutionVocabulary.Form : null;
            if (kind is not null)
            {
                AssertNames(XDocument.Load(file).Descendants(), kind, file);
            }
        }

        AssertNames(Load("AppModules/msi_MsiSync/AppModule.xml").Descendants(), RealSolutionVocabulary.AppModule, "AppModule.xml");
    }

    [Test]
    public void The_unpacked_layout_has_the_folders_and_files_SolutionPackager_writes()
    {
        foreach (var path in new[] { "Other/Solution.xml", "Other/Customizations.xml", "Other/Relationships.xml",
            "Entities/msi_syncqueueitem/Entity.xml", "Entities/msi_syncsetting/Entity.xml", "Entities/msi_syncstate/Entity.xml",
            "Entities/Lead/Entity.xml", "Entities/Contact/Entity.xml", "Entities/Account/Entity.xml", "Entities/Opportunity/Entity.xml",
            "Roles/MSI Sync Integration.xml", "Roles/MSI Sync Administrator.xml",
            "AppModules/msi_MsiSync/AppModule.xml", "AppModuleSiteMaps/msi_MsiSync/AppModuleSiteMap.xml" })
        {
            Assert.That(File.Exists(Path.Combine(Source, path)), Is.True, path);
        }
    }

    private static XDocument Load(string relative) => XDocument.Load(Path.Combine(Source, relative));

    private static void AssertNames(IEnumerable<XElement> elements, HashSet<string> known, string file)
    {
        var unknown = elements.Select(e => e.Name.LocalName).Distinct().Where(n => !known.Contains(n)).ToArray();
        Assert.That(unknown, Is.Empty, file);
    }
}
