namespace MsiDynamics.Solution.Tests;

/// <summary>Removes the folder the shared pack wrote into once every test of the assembly has run.</summary>
[SetUpFixture]
public sealed class TemporaryFolders
{
    [OneTimeTearDown]
    public void Remove_the_shared_pack()
    {
        if (SolutionFixture.HasPacked)
        {
            Directory.Delete(Path.GetDirectoryName(SolutionFixture.Result.ManagedZip)!, recursive: true);
        }
    }
}
