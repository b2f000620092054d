using MsiDynamics.Solution.Packer;
using MsiDynamics.Solution.Packer.Tree;

namespace MsiDynamics.Solution.Tests;

/// <summary>A throw-away copy of the repository's Solution/ folder that a test may change before packing it.</summary>
internal sealed class SolutionCopy : IDisposable
{
    public SolutionCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "msi-solution-copy-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(SolutionFixture.Paths.RepositoryRoot, "Solution"), Path.Combine(Root, "Solution"));
        Paths = new SolutionPaths(Root);
        Packer = new SolutionPacker(Paths);
    }

    public string Root { get; }

    public SolutionPaths Paths { get; }

    public SolutionPacker Packer { get; }

    public string Output => Path.Combine(Root, "out");

    /// <summary>A file of the copy's Solution/src.</summary>
    public string Source(string relative) => Path.Combine(Paths.Source, relative);

    /// <summary>Packs the copy for inspection (the subset build is allowed).</summary>
    public PackResult Pack() => Packer.Pack(SolutionFixture.PluginPath, Output, allowSubset: true);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
