using System.Xml.Linq;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// Our files use only the element and attribute names Dataverse's own exports use, nested as the exports nest them
/// (<see cref="RealSolutionVocabulary"/>, read from real unpacked solutions and exported zips): a misspelt or invented
/// name is ignored or refused by the import, and no test against Dataverse itself runs here. Every kind of file of the
/// tree is compared with its kind, and the zips' customizations.xml and solution.xml with real exports.
/// </summary>
public sealed class StructureTests
{
    private static string Source => SolutionFixture.Paths.Source;

    [Test]
    public void The_manifest_uses_the_names_of_real_solution_manifests()
    {
        AssertKnown(RealSolutionVocabulary.Manifest, "Other", "Solution.xml");
    }

    [Test]
    public void Step_files_use_the_names_of_real_step_files()
    {
        AssertKnown(RealSolutionVocabulary.Step, "SdkMessageProcessingSteps", "*.xml");
    }

    [Test]
    public void The_plug_in_assembly_data_file_uses_the_names_of_real_ones()
    {
        AssertKnown(RealSolutionVocabulary.PluginAssembly, "PluginAssemblies", "*.dll.data.xml");
    }

    [Test]
    public void Entity_files_use_the_names_of_real_entity_files()
    {
        AssertKnown(RealSolutionVocabulary.Entity, "Entities", "Entity.xml");
    }

    [Test]
    public void Views_use_the_names_of_real_views()
    {
        AssertKnown(RealSolutionVocabulary.View, "Entities", "*.xml", "/SavedQueries/");
    }

    [Test]
    public void Charts_use_the_names_of_real_charts()
    {
        AssertKnown(RealSolutionVocabulary.Chart, "Entities", "*.xml", "/Visualizations/");
    }

    [Test]
    public void Forms_use_the_names_of_real_forms()
    {
        AssertKnown(RealSolutionVocabulary.Form, "Entities", "*.xml", "/FormXml/");
    }

    [Test]
    public void The_dashboard_uses_the_names_of_real_dashboards()
    {
        AssertKnown(RealSolutionVocabulary.Dashboard, "Dashboards", "*.xml");
    }

    [Test]
    public void Security_roles_use_the_names_of_real_roles()
    {
        AssertKnown(RealSolutionVocabulary.Role, "Roles", "*.xml");
    }

    [Test]
    public void Relationships_are_named_in_Relationships_xml_and_defined_per_table_as_in_real_extracts()
    {
        AssertKnown(RealSolutionVocabulary.RelationshipIndex, "Other", "Relationships.xml");
        AssertKnown(RealSolutionVocabulary.Relationships, "Other/Relationships", "*.xml");
    }

    [Test]
    public void The_customizations_stub_uses_the_names_of_real_ones()
    {
        AssertKnown(RealSolutionVocabulary.Customizations, "Other", "Customizations.xml");
    }

    [Test]
    public void The_app_and_its_site_map_use_the_names_of_real_ones()
    {
        AssertKnown(RealSolutionVocabulary.AppModule, "AppModules", "AppModule.xml");
        AssertKnown(RealSolutionVocabulary.SiteMap, "AppModuleSiteMaps", "AppModuleSiteMap.xml");
    }

    [Test]
    public void The_customizations_and_manifest_of_both_zips_use_the_names_and_nesting_of_real_exports()
    {
        foreach (var zip in new[] { SolutionFixture.Result.ManagedZip, SolutionFixture.Result.UnmanagedZip })
        {
            var name = Path.GetFileName(zip);
            Assert.That(RealSolutionVocabulary.PackedCustomizations.Unknown(SolutionFixture.Xml(zip, "customizations.xml")), Is.Empty, name);
            Assert.That(RealSolutionVocabulary.Manifest.Unknown(SolutionFixture.Xml(zip, "solution.xml")), Is.Empty, name);
        }
    }

    [Test]
    public void A_misspelt_or_invented_name_and_an_element_out_of_place_are_reported()
    {
        var role = XDocument.Parse("""
            <Role id="{00000000-0000-0000-0000-000000000001}" name="Example">
              <RolePrivileges>
                <RolePrivilege name="prvReadAccount" levle="Global" />
                <RolePrivilege name="prvReadLead" level="Global"><Depth /></RolePrivilege>
              </RolePrivileges>
              <Privileges />
            </Role>
            """);
        var dashboardWithoutForms = XDocument.Parse("<Dashboard><FormXml><form /></FormXml></Dashboard>");

        Assert.That(RealSolutionVocabulary.Role.Unknown(role), Is.EquivalentTo(new[]
        {
            "Role/RolePrivileges/RolePrivilege: attribute levle",
            "Role/RolePrivileges/RolePrivilege: element <Depth>",
            "Role: element <Privileges>",
        }));
        Assert.That(RealSolutionVocabulary.Role.Unknown(XDocument.Parse("<Roles />")), Is.EqualTo(new[] { "<Roles> as the root (real files start with <Role>)" }));
        Assert.That(RealSolutionVocabulary.Dashboard.Unknown(dashboardWithoutForms), Is.EqualTo(new[] { "Dashboard/FormXml: element <form>" }));
    }

    [Test]
    public void The_unpacked_layout_has_the_folders_and_files_SolutionPackager_writes()
    {
        foreach (var path in new[] { "Other/Solution.xml", "Other/Customizations.xml", "Other/Relationships.xml", "Other/Relationships/Lead.xml",
            "Entities/msi_syncqueueitem/Entity.xml", "Entities/msi_syncsetting/Entity.xml", "Entities/msi_syncstate/Entity.xml",
            "Entities/Lead/Entity.xml", "Entities/Contact/Entity.xml", "Roles/MSI Sync Integration.xml", "Roles/MSI Sync Administrator.xml",
            "AppModules/msi_MsiSync/AppModule.xml", "AppModuleSiteMaps/msi_MsiSync/AppModuleSiteMap.xml" })
        {
            Assert.That(File.Exists(Path.Combine(Source, path)), Is.True, path);
        }
    }

    // Every file of a kind under a folder of the tree, optionally only those whose path contains a folder name.
    private static void AssertKnown(XmlVocabulary vocabulary, string folder, string pattern, string? within = null)
    {
        var files = Directory.EnumerateFiles(Path.Combine(Source, folder), pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Source, f).Replace('\\', '/'))
            .Where(f => within is null || f.Contains(within, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.That(files, Is.Not.Empty, $"{folder}/{pattern}");
        var unknown = files.SelectMany(f => vocabulary.Unknown(XDocument.Load(Path.Combine(Source, f))).Select(u => $"{f}: {u}")).ToArray();
        Assert.That(unknown, Is.Empty);
    }
}
