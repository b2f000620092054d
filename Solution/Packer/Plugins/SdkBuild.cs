namespace MsiDynamics.Solution.Packer.Plugins;

/// <summary>Which Microsoft.Xrm.Sdk a plug-in build was compiled against.</summary>
internal enum SdkBuild
{
    /// <summary>No SDK beside the plug-in: cannot be told.</summary>
    Unknown,

    /// <summary>The project's public-signed subset (XrmSdk/), for tests only.</summary>
    Subset,

    /// <summary>Microsoft's signed SDK (Microsoft.CrmSdk.CoreAssemblies).</summary>
    Official,
}
