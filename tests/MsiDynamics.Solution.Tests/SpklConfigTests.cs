using System.Text.Json;
using System.Xml.Linq;
using MsiDynamics.Solution.Packer.Plugins;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// spkl.json keeps its plug-in profile and packs the same solution the packer does: the unique name of
/// Other/Solution.xml, the tree in Solution/src, and the plug-in assembly mapped to the path its data file names.
/// </summary>
public sealed class SpklConfigTests
{
    private static readonly JsonElement Config =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SolutionFixture.Paths.RepositoryRoot, "spkl.json"))).RootElement;

    [Test]
    public void The_plug_in_profile_deploys_the_net462_assembly_into_the_solution()
    {
        var plugins = Config.GetProperty("plugins")[0];

        Assert.That(plugins.GetProperty("solution").GetString(), Is.EqualTo(UniqueName()));
        Assert.That(plugins.GetProperty("assemblypath").GetString(), Does.EndWith("net462\\MsiDynamics.Plugins.dll"));
    }

    [Test]
    public void Every_solution_profile_packs_Solution_src_with_the_plug_in_at_its_data_file_path()
    {
        var assembly = RegistrationReader.Read(SolutionFixture.PluginPath);
        var solutions = Config.GetProperty("solutions").EnumerateArray().ToArray();

        Assert.That(solutions, Is.Not.Empty);
        foreach (var solution in solutions)
        {
            Assert.That(solution.GetProperty("solution_uniquename").GetString(), Is.EqualTo(UniqueName()));
            Assert.That(solution.GetProperty("packagepath").GetString(), Is.EqualTo("Solution\\src"));
            var map = solution.GetProperty("map")[0];
            Assert.That(map.GetProperty("from").GetString(), Is.EqualTo(PluginXml.DllPath(assembly).Replace('/', '\\')));
            var to = Path.GetFullPath(Path.Combine(SolutionFixture.Paths.Source, map.GetProperty("to").GetString()!.Replace('\\', '/')));
            Assert.That(to, Is.EqualTo(Path.Combine(SolutionFixture.Paths.RepositoryRoot, "Plugins", "bin", "Release", "net462", "MsiDynamics.Plugins.dll")));
        }
    }

    private static string UniqueName() =>
        XDocument.Load(Path.Combine(SolutionFixture.Paths.Source, "Other", "Solution.xml")).Descendants("UniqueName").First().Value;
}
