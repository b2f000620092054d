using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using MsiDynamics.Plugins.Steps;

namespace MsiDynamics.Plugins.Tests.Steps;

/// <summary>
/// The net462 build is what Dataverse loads: a strong-named assembly that references nothing the sandbox
/// lacks (dataverse.md §0.1, §1.5). Read from its metadata, without loading it.
/// </summary>
public sealed class PluginAssemblyTests
{
    private const string Net462Path = "Plugins/bin/Release/net462/MsiDynamics.Plugins.dll";

    [Test]
    public void The_net462_build_references_only_the_framework_and_the_SDK()
    {
        using var pe = OpenNet462Build();
        var metadata = pe.GetMetadataReader();

        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName())
            .ToArray();

        Assert.That(
            references.Select(name => name.Name),
            Is.All.Matches<string>(name => name == "mscorlib" || name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name == "Microsoft.Xrm.Sdk"));
        var sdk = references.Single(name => name.Name == "Microsoft.Xrm.Sdk");
        Assert.That(sdk.Version, Is.EqualTo(new Version(9, 0, 0, 0)));
        Assert.That(Convert.ToHexString(sdk.GetPublicKeyToken()!), Is.EqualTo("31BF3856AD364E35"));
        Assert.That(references.Select(name => name.Name), Has.None.EqualTo("netstandard"));
    }

    [Test]
    public void The_net462_build_is_strong_named_with_the_plug_in_key()
    {
        using var pe = OpenNet462Build();
        var metadata = pe.GetMetadataReader();

        var token = metadata.GetAssemblyDefinition().GetAssemblyName().GetPublicKeyToken();
        var expected = typeof(CapturePlugin).Assembly.GetName().GetPublicKeyToken();

        Assert.That(token, Is.Not.Null.And.Not.Empty);
        Assert.That(Convert.ToHexString(token!), Is.EqualTo(Convert.ToHexString(expected!)));
        Assert.That(pe.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.StrongNameSigned), Is.True, "signed, not only public-signed");
    }

    private static PEReader OpenNet462Build([CallerFilePath] string sourceFile = "")
    {
        // From this source file up to the repository root, wherever the tests run from.
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile) ?? TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MsiDynamics.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? ".", Net462Path);
        if (!File.Exists(path))
        {
            Assert.Fail(
                "The net462 plug-in assembly is missing at " + path + ". Build the net462 target first: "
                + "dotnet build Plugins/Plugins.csproj -c Release");
        }

        return new PEReader(File.OpenRead(path));
    }
}
