namespace MsiDynamics.Architecture.Tests;

/// <summary>The repository the tests run in, found by walking up from the test assembly to <c>MsiDynamics.sln</c>.</summary>
internal static class Repository
{
    public const string SolutionFileName = "MsiDynamics.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    private static readonly Lazy<IReadOnlyList<ProjectFile>> LazyProjects = new(ReadProjects);

    /// <summary>The directory that holds <c>MsiDynamics.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>Every project file in the repository (build output excluded), ordered by key.</summary>
    public static IReadOnlyList<ProjectFile> Projects => LazyProjects.Value;

    /// <summary>The project whose key (its directory relative to the root, with '/') is <paramref name="key"/>.</summary>
    public static ProjectFile Project(string key) =>
        Projects.SingleOrDefault(p => p.Key == key)
        ?? throw new InvalidOperationException($"No project file lives in '{key}/' under {Root}.");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} found above {AppContext.BaseDirectory}.");
    }

    private static IReadOnlyList<ProjectFile> ReadProjects() =>
        Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(Root, path)))
            .Select(path => ProjectFile.Read(Root, path))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part is "bin" or "obj" or "TestResults" || part.StartsWith('.'));
}
