namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>Finds shared/specs/dataverse.md: the repository root holds MsiDynamics.sln and CI clones shared/ beside it.</summary>
internal static class SpecLocation
{
    public static string DataverseSpecPath()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MsiDynamics.sln")))
            {
                var spec = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "specs", "dataverse.md"));
                return File.Exists(spec)
                    ? spec
                    : throw new FileNotFoundException($"Expected the spec beside the repository at {spec}; clone shared/ next to it.", spec);
            }
        }

        throw new DirectoryNotFoundException($"No folder above {TestContext.CurrentContext.TestDirectory} holds MsiDynamics.sln.");
    }
}
