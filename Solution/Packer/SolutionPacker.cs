using System.Reflection;
using System.Xml.Linq;
using MsiDynamics.Solution.Packer.Packing;
using MsiDynamics.Solution.Packer.Plugins;
using MsiDynamics.Solution.Packer.Tree;

namespace MsiDynamics.Solution.Packer;

/// <summary>
/// The packer's two commands. <c>generate</c> writes the files of Solution/src that code defines; <c>pack</c> checks
/// the tree (docs/solution.md) and writes <c>MsiDynamics_&lt;version&gt;_managed.zip</c>, <c>MsiDynamics_&lt;version&gt;.zip</c>
/// and the settings rows. A managed solution is only packed from a plug-in built against the official SDK.
/// </summary>
internal sealed class SolutionPacker
{
    private readonly SolutionPaths _paths;

    public SolutionPacker(SolutionPaths paths) => _paths = paths;

    /// <summary>The net462 plug-in build of the configuration the packer itself was built in.</summary>
    public string DefaultPluginPath()
    {
        var configuration = typeof(SolutionPacker).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "PluginConfiguration")?.Value ?? "Release";
        return Path.Combine(_paths.RepositoryRoot, "Plugins", "bin", configuration, "net462", "MsiDynamics.Plugins.dll");
    }

    /// <summary>Writes the generated files into Solution/src and removes stale ones; returns the paths written.</summary>
    public IReadOnlyList<string> Generate(string pluginPath)
    {
        var generated = GeneratedFiles.Build(_paths, ReadPlugin(pluginPath));
        foreach (var folder in GeneratedFiles.GeneratedFolders.Select(f => Path.Combine(_paths.Source, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories))
            {
                if (!generated.ContainsKey(Path.GetRelativePath(_paths.Source, file).Replace('\\', '/')))
                {
                    File.Delete(file);
                }
            }
        }

        foreach (var (path, text) in generated)
        {
            var file = Path.Combine(_paths.Source, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        return [.. generated.Keys];
    }

    /// <summary>Checks the tree and the plug-in build, then writes the zips; throws <see cref="PackException"/> saying why not.</summary>
    public PackResult Pack(string pluginPath, string outputDirectory, bool allowSubset)
    {
        var assembly = ReadPlugin(pluginPath);
        var build = SdkBuildCheck.Of(pluginPath);
        if (!allowSubset && SdkBuildCheck.RefusalFor(build) is { } refusal)
        {
            throw new PackException(refusal);
        }

        var generated = GeneratedFiles.Build(_paths, assembly);
        var problems = TreeValidator.Problems(_paths.Source, generated);
        if (problems.Count > 0)
        {
            throw new PackException("Solution/src cannot be packed:\n  " + string.Join("\n  ", problems));
        }

        SettingsSeed.Read(_paths.SettingsData);
        var version = _paths.ReadVersion().ToString(4);
        Directory.CreateDirectory(outputDirectory);
        var solution = XDocument.Load(Path.Combine(_paths.Source, "Other", "Solution.xml"));
        var customizations = CustomizationsBuilder.Build(_paths.Source);
        var managed = Path.Combine(outputDirectory, $"{SolutionManifest.UniqueName}_{version}_managed.zip");
        var unmanaged = Path.Combine(outputDirectory, $"{SolutionManifest.UniqueName}_{version}.zip");
        SolutionZip.Write(managed, solution, customizations, managed: true, PluginXml.DllPath(assembly), pluginPath);
        SolutionZip.Write(unmanaged, solution, customizations, managed: false, PluginXml.DllPath(assembly), pluginPath);
        var settings = Path.Combine(outputDirectory, $"{SolutionManifest.UniqueName}_{version}_msi_syncsetting.csv");
        File.Copy(_paths.SettingsData, settings, overwrite: true);
        return new PackResult(managed, unmanaged, settings, build != SdkBuild.Official);
    }

    private static PluginAssembly ReadPlugin(string pluginPath) =>
        File.Exists(pluginPath)
            ? RegistrationReader.Read(pluginPath)
            : throw new PackException($"No plug-in assembly at {pluginPath}; build it first (dotnet build Plugins -c Release -f net462).");
}
