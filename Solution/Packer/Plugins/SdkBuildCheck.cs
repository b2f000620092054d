using System.Reflection.PortableExecutable;

namespace MsiDynamics.Solution.Packer.Plugins;

/// <summary>
/// Tells a plug-in built against the official SDK from one built against the project's subset (dataverse.md §0.1).
/// Both reference the same identity, so the plug-in DLL alone cannot say; the <c>Microsoft.Xrm.Sdk.dll</c> the build
/// copied beside it can. The subset is public-signed: it carries Microsoft's public key but its strong-name signature
/// is all zeros, as no private key signed it. Microsoft's DLL carries a real signature.
/// </summary>
internal static class SdkBuildCheck
{
    public const string SdkFileName = "Microsoft.Xrm.Sdk.dll";

    /// <summary>What the build beside <paramref name="pluginPath"/> was compiled against.</summary>
    public static SdkBuild Of(string pluginPath)
    {
        var sdk = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pluginPath))!, SdkFileName);
        if (!File.Exists(sdk))
        {
            return SdkBuild.Unknown;
        }

        using var stream = File.OpenRead(sdk);
        using var pe = new PEReader(stream);
        var cor = pe.PEHeaders.CorHeader;
        if (cor is null || (cor.Flags & CorFlags.StrongNameSigned) == 0 || cor.StrongNameSignatureDirectory.Size == 0)
        {
            return SdkBuild.Subset;
        }

        var directory = cor.StrongNameSignatureDirectory;
        if (!pe.PEHeaders.TryGetDirectoryOffset(directory, out var offset))
        {
            return SdkBuild.Subset;
        }

        var signature = pe.GetEntireImage().GetContent(offset, directory.Size);
        return signature.All(b => b == 0) ? SdkBuild.Subset : SdkBuild.Official;
    }

    /// <summary>Why a managed solution cannot be packed from <paramref name="build"/>, or null when it can.</summary>
    public static string? RefusalFor(SdkBuild build) => build switch
    {
        SdkBuild.Official => null,
        SdkBuild.Subset =>
            "The plug-in assembly was built against the project's SDK subset (XrmSdk/): the Microsoft.Xrm.Sdk.dll beside it "
            + "is public-signed, not signed by Microsoft. A managed solution is only packed from a build against the official "
            + "SDK (dotnet run --project Solution/Packer -c Release --property:XrmSdk=Official -- pack; dataverse.md §0.1). Pass --allow-subset to "
            + "pack one for local inspection only.",
        _ =>
            "No Microsoft.Xrm.Sdk.dll beside the plug-in assembly, so which SDK it was built against cannot be told. Pack "
            + "from the build folder (Plugins/bin/<configuration>/net462), or pass --allow-subset for local inspection only.",
    };
}
