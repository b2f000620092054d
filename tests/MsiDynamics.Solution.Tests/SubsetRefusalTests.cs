using MsiDynamics.Solution.Packer;
using MsiDynamics.Solution.Packer.Plugins;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// A managed solution is only packed from a plug-in built against Microsoft's SDK (dataverse.md §0.1). The build
/// against the project's subset is told apart by the public-signed Microsoft.Xrm.Sdk.dll beside it.
/// </summary>
public sealed class SubsetRefusalTests
{
    [Test]
    public void The_repository_build_is_recognised_as_built_against_the_subset()
    {
        Assert.That(SdkBuildCheck.Of(SolutionFixture.PluginPath), Is.EqualTo(SdkBuild.Subset));
    }

    [Test]
    public void A_pack_from_a_subset_build_is_refused_says_why_and_writes_nothing()
    {
        using var copy = new SolutionCopy();

        var refusal = Assert.Throws<PackException>(() => copy.Packer.Pack(SolutionFixture.PluginPath, copy.Output, allowSubset: false))!;

        Assert.That(refusal.Message, Does.Contain("SDK subset").And.Contain("XrmSdk=Official").And.Contain("--allow-subset"));
        Assert.That(Directory.Exists(copy.Output), Is.False);
    }

    [Test]
    public void A_plug_in_without_an_SDK_beside_it_is_refused()
    {
        using var copy = new SolutionCopy();
        var alone = Path.Combine(copy.Root, "alone");
        Directory.CreateDirectory(alone);
        var plugin = Path.Combine(alone, Path.GetFileName(SolutionFixture.PluginPath));
        File.Copy(SolutionFixture.PluginPath, plugin);

        var refusal = Assert.Throws<PackException>(() => copy.Packer.Pack(plugin, copy.Output, allowSubset: false))!;

        Assert.That(refusal.Message, Does.Contain("cannot be told"));
    }

    [Test]
    public void An_SDK_beside_the_plug_in_that_carries_a_real_strong_name_signature_counts_as_official()
    {
        using var copy = new SolutionCopy();
        var folder = Path.Combine(copy.Root, "official");
        Directory.CreateDirectory(folder);
        var plugin = Path.Combine(folder, Path.GetFileName(SolutionFixture.PluginPath));
        File.Copy(SolutionFixture.PluginPath, plugin);

        // The plug-in itself is fully signed with its own key pair: as the SDK it stands for a really signed DLL.
        File.Copy(SolutionFixture.PluginPath, Path.Combine(folder, SdkBuildCheck.SdkFileName));

        Assert.That(SdkBuildCheck.Of(plugin), Is.EqualTo(SdkBuild.Official));
        Assert.That(SdkBuildCheck.RefusalFor(SdkBuild.Official), Is.Null);
    }

    [Test]
    public void The_allow_subset_switch_packs_one_for_inspection_and_says_so()
    {
        Assert.That(SolutionFixture.Result.FromSubset, Is.True);
        Assert.That(File.Exists(SolutionFixture.Result.ManagedZip), Is.True);
    }
}
