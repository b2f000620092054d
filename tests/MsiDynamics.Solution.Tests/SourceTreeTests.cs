using MsiDynamics.Solution.Packer;
using MsiDynamics.Solution.Packer.Tree;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// The committed Solution/src agrees with Schema/, the plug-in registrations, Solution/privileges and
/// Solution/version.txt; a tree that does not is refused with what to do, and <c>generate</c> brings it back.
/// </summary>
public sealed class SourceTreeTests
{
    [Test]
    public void The_committed_tree_is_what_the_packer_generates()
    {
        var generated = GeneratedFiles.Build(SolutionFixture.Paths, Packer.Plugins.RegistrationReader.Read(SolutionFixture.PluginPath));

        Assert.That(TreeValidator.Problems(SolutionFixture.Paths.Source, generated), Is.Empty);
    }

    [Test]
    public void A_hand_edited_step_file_is_refused()
    {
        using var copy = new SolutionCopy();
        var step = Directory.EnumerateFiles(copy.Source("SdkMessageProcessingSteps")).First();
        File.WriteAllText(step, File.ReadAllText(step).Replace("<Rank>1</Rank>", "<Rank>2</Rank>", StringComparison.Ordinal));

        var refusal = Assert.Throws<PackException>(() => copy.Pack())!;

        Assert.That(refusal.Message, Does.Contain(Path.GetFileName(step)).And.Contain("generate"));
        Assert.That(Directory.Exists(copy.Output) && Directory.EnumerateFiles(copy.Output).Any(), Is.False, "nothing is written");
    }

    [Test]
    public void A_step_file_no_registration_declares_is_refused_as_stale()
    {
        using var copy = new SolutionCopy();
        var step = Directory.EnumerateFiles(copy.Source("SdkMessageProcessingSteps")).First();
        File.Copy(step, Path.Combine(Path.GetDirectoryName(step)!, "{00000000-0000-0000-0000-000000000001}.xml"));

        var refusal = Assert.Throws<PackException>(() => copy.Pack())!;

        Assert.That(refusal.Message, Does.Contain("{00000000-0000-0000-0000-000000000001}.xml").And.Contain("not generated"));
    }

    [Test]
    public void A_new_version_is_refused_until_generate_writes_it_into_the_manifest_then_names_the_zips()
    {
        using var copy = new SolutionCopy();
        File.WriteAllText(copy.Paths.VersionFile, "1.2.3.4\n");

        Assert.That(Assert.Throws<PackException>(() => copy.Pack())!.Message, Does.Contain("Other/Solution.xml"));

        copy.Packer.Generate(SolutionFixture.PluginPath);
        var result = copy.Pack();

        Assert.That(Path.GetFileName(result.ManagedZip), Is.EqualTo("MsiDynamics_1.2.3.4_managed.zip"));
    }

    [Test]
    public void A_privilege_added_to_the_integration_list_reaches_the_role_after_generate()
    {
        using var copy = new SolutionCopy();
        File.AppendAllText(Path.Combine(copy.Paths.Privileges, "MSI Sync Integration.txt"), "prvReadSystemJob Global\n");

        Assert.That(Assert.Throws<PackException>(() => copy.Pack())!.Message, Does.Contain("Roles/MSI Sync Integration.xml"));

        copy.Packer.Generate(SolutionFixture.PluginPath);
        copy.Pack();

        Assert.That(File.ReadAllText(copy.Source("Roles/MSI Sync Integration.xml")), Does.Contain("name=\"prvReadSystemJob\" level=\"Global\""));
    }

    [Test]
    public void A_view_naming_a_column_the_solution_does_not_define_is_refused()
    {
        using var copy = new SolutionCopy();
        var view = Directory.EnumerateFiles(copy.Source("Entities/msi_syncqueueitem/SavedQueries")).First();
        File.WriteAllText(view, File.ReadAllText(view).Replace("<attribute name=\"msi_name\" />", "<attribute name=\"msi_nosuchcolumn\" />", StringComparison.Ordinal));

        Assert.That(Assert.Throws<PackException>(() => copy.Pack())!.Message, Does.Contain("msi_syncqueueitem.msi_nosuchcolumn"));
    }

    [TestCase("<RelationshipName>msi_lead_msi_syncqueueitem_msi_leadid</RelationshipName>",
        "<RelationshipName>msi_contact_msi_syncqueueitem_msi_contactid</RelationshipName>", "does not lead from lead to msi_syncqueueitem")]
    [TestCase("<RelationshipName>msi_lead_msi_syncqueueitem_msi_leadid</RelationshipName>",
        "<RelationshipName>msi_lead_msi_nosuchtable</RelationshipName>", "which Other/Relationships.xml does not declare")]
    [TestCase("<ViewId>{", "<ViewId>{0", "which no file of the solution defines")]
    public void A_sub_grid_naming_a_view_or_relationship_that_does_not_fit_is_refused(string from, string to, string problem)
    {
        using var copy = new SolutionCopy();
        var form = Directory.EnumerateFiles(copy.Source("Entities/Lead/FormXml/main")).Single();
        File.WriteAllText(form, File.ReadAllText(form).Replace(from, to, StringComparison.Ordinal));

        Assert.That(Assert.Throws<PackException>(() => copy.Pack())!.Message, Does.Contain("the sub-grid msi_marketosync").And.Contain(problem));
    }

    [Test]
    public void A_file_that_is_not_well_formed_XML_is_refused()
    {
        using var copy = new SolutionCopy();
        File.WriteAllText(copy.Source("Dashboards/broken.xml"), "<Dashboard><FormId>");

        Assert.That(Assert.Throws<PackException>(() => copy.Pack())!.Message, Does.Contain("broken.xml").And.Contain("not well-formed"));
    }
}
