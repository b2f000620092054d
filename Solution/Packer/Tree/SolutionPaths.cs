namespace MsiDynamics.Solution.Packer.Tree;

/// <summary>Where the solution's inputs live in the repository.</summary>
/// <param name="RepositoryRoot">The folder holding MsiDynamics.sln.</param>
internal sealed record SolutionPaths(string RepositoryRoot)
{
    /// <summary>The unpacked solution (SolutionPackager's layout).</summary>
    public string Source => Path.Combine(RepositoryRoot, "Solution", "src");

    /// <summary>The one place the solution's version is written.</summary>
    public string VersionFile => Path.Combine(RepositoryRoot, "Solution", "version.txt");

    /// <summary>One privileges file per security role.</summary>
    public string Privileges => Path.Combine(RepositoryRoot, "Solution", "privileges");

    /// <summary>The sync setting rows every organisation starts with.</summary>
    public string SettingsData => Path.Combine(RepositoryRoot, "Solution", "data", "msi_syncsetting.csv");

    /// <summary>The repository that contains <paramref name="start"/> (the nearest folder up with MsiDynamics.sln).</summary>
    public static SolutionPaths Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MsiDynamics.sln")))
            {
                return new SolutionPaths(dir.FullName);
            }
        }

        throw new PackException($"No MsiDynamics.sln above {start}: run the packer inside the repository.");
    }

    /// <summary>The solution's version, read from <see cref="VersionFile"/> (four numbers).</summary>
    public Version ReadVersion()
    {
        var text = File.ReadAllText(VersionFile).Trim();
        return Version.TryParse(text, out var version) && version.Revision >= 0
            ? version
            : throw new PackException($"Solution/version.txt holds '{text}', not a four-part version such as 1.0.0.0.");
    }
}
