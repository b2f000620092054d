using System.Xml.Linq;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// The zip's steps are the plug-ins' <c>CrmPluginRegistration</c> attributes: every step the Dataverse emulator
/// registers from the same attributes is in the zip with its message, table, stage, mode, filtering attributes and
/// images, and the zip has no other step.
/// </summary>
public sealed class StepTests
{
    private static readonly IReadOnlyList<RegisteredStep> Registered = EmulatorSteps();

    private static Dictionary<Guid, XElement> ZipSteps => SolutionFixture.Customizations.Descendants("SdkMessageProcessingStep")
        .ToDictionary(s => Guid.Parse((string)s.Attribute("SdkMessageProcessingStepId")!));

    [Test]
    public void The_zip_holds_exactly_the_registered_steps()
    {
        Assert.That(Registered, Has.Count.GreaterThan(20));
        Assert.That(ZipSteps.Keys, Is.EquivalentTo(Registered.Select(s => s.Id)));
    }

    [Test]
    public void Every_step_has_its_message_table_stage_mode_rank_and_plug_in_class()
    {
        var zip = ZipSteps;
        foreach (var step in Registered)
        {
            var xml = zip[step.Id];
            Assert.That((string)xml.Attribute("Name")!, Is.EqualTo(step.Name));
            Assert.That(xml.Element("PrimaryEntity")!.Value, Is.EqualTo(step.EntityLogicalName), step.Name);
            Assert.That(xml.Element("Stage")!.Value, Is.EqualTo(step.Stage.ToString(System.Globalization.CultureInfo.InvariantCulture)), step.Name);
            Assert.That(xml.Element("Mode")!.Value, Is.EqualTo(step.Mode.ToString(System.Globalization.CultureInfo.InvariantCulture)), step.Name);
            Assert.That(xml.Element("Rank")!.Value, Is.EqualTo(step.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)), step.Name);
            Assert.That(xml.Element("PluginTypeName")!.Value, Does.StartWith(step.PluginType.FullName + ", MsiDynamics.Plugins, Version="), step.Name);
        }
    }

    [Test]
    public void Every_step_has_its_filtering_attributes()
    {
        var zip = ZipSteps;
        foreach (var step in Registered)
        {
            var columns = zip[step.Id].Element("FilteringAttributes")!.Value.Split(',', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(columns, Is.EqualTo(step.FilteringAttributes), step.Name);
        }
    }

    [Test]
    public void Every_step_has_its_images_with_their_columns()
    {
        var zip = ZipSteps;
        Assert.That(Registered.Sum(s => s.Images.Count), Is.GreaterThan(10));
        foreach (var step in Registered)
        {
            var images = zip[step.Id].Descendants("SdkMessageProcessingStepImage")
                .Select(i => (Name: i.Element("EntityAlias")!.Value, Type: int.Parse(i.Element("ImageType")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                    Columns: i.Element("Attributes")!.Value.Split(',', StringSplitOptions.RemoveEmptyEntries)))
                .ToArray();
            var expected = step.Images.Select(i => (i.Name, Type: i.Type == StepImageType.PreImage ? 0 : 1, Columns: i.Attributes)).ToArray();
            Assert.That(images.Select(i => $"{i.Name}/{i.Type}/{string.Join(",", i.Columns)}"),
                Is.EquivalentTo(expected.Select(i => $"{i.Name}/{i.Type}/{string.Join(",", i.Columns)}")), step.Name);
        }
    }

    [Test]
    public void Every_step_names_its_platform_message_id_Win_and_Lose_included()
    {
        var ids = new Dictionary<string, string>
        {
            ["Create"] = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8",
            ["Update"] = "20bebb1b-ea3e-db11-86a7-000a3a5473e8",
            ["Delete"] = "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8",
            ["Assign"] = "8cbdbb1b-ea3e-db11-86a7-000a3a5473e8",
            ["Merge"] = "dbbdbb1b-ea3e-db11-86a7-000a3a5473e8",
            ["SetStateDynamicEntity"] = "1dbebb1b-ea3e-db11-86a7-000a3a5473e8",

            // From an unpacked solution an organisation exported (docs/solution.md, "Message ids").
            ["Win"] = "27bebb1b-ea3e-db11-86a7-000a3a5473e8",
            ["Lose"] = "d1bdbb1b-ea3e-db11-86a7-000a3a5473e8",
        };
        var zip = ZipSteps;
        Assert.That(Registered.Select(s => s.Message).Distinct(), Is.SubsetOf(ids.Keys), "every registered message has its id checked");
        foreach (var step in Registered.Where(s => ids.ContainsKey(s.Message)))
        {
            Assert.That(zip[step.Id].Element("SdkMessageId")!.Value, Is.EqualTo("{" + ids[step.Message] + "}"), step.Name);
        }
    }

    [Test]
    public void The_assembly_lists_every_plug_in_class_that_has_steps_and_runs_sandboxed()
    {
        var assembly = SolutionFixture.Customizations.Descendants("PluginAssembly").Single();

        Assert.That(assembly.Descendants("PluginType").Select(t => (string)t.Attribute("Name")!),
            Is.EquivalentTo(Registered.Select(s => s.PluginType.FullName).Distinct()));
        Assert.That(assembly.Element("IsolationMode")!.Value, Is.EqualTo("2"));
    }

    private static List<RegisteredStep> EmulatorSteps()
    {
        var organization = new InMemoryOrganization();
        organization.RegisterPlugins(typeof(LeadCapturePlugin).Assembly);
        return [.. organization.Steps];
    }
}
