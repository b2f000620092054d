namespace MsiDynamics.Solution.Packer;

/// <summary>What one packer run is asked to do.</summary>
/// <param name="Command"><c>pack</c> or <c>generate</c>.</param>
/// <param name="OutputDirectory">Where the zips go (pack).</param>
/// <param name="AllowSubset">Pack even from a plug-in built against the SDK subset, for local inspection.</param>
/// <param name="PluginPath">The net462 plug-in DLL; null for the build of the packer's own configuration.</param>
internal sealed record PackOptions(string Command, string OutputDirectory, bool AllowSubset, string? PluginPath)
{
    public const string Usage =
        "usage: dotnet run --project Solution/Packer -- pack [--out dir] [--allow-subset] [--plugin path/MsiDynamics.Plugins.dll]\n"
        + "       dotnet run --project Solution/Packer -- generate [--plugin path]";

    /// <summary>The options in <paramref name="args"/>, or null when they are not understood.</summary>
    public static PackOptions? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("pack" or "generate"))
        {
            return null;
        }

        var options = new PackOptions(args[0], "artifacts/solution", false, null);
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--allow-subset":
                    options = options with { AllowSubset = true };
                    break;
                case "--out" when i + 1 < args.Count:
                    options = options with { OutputDirectory = args[++i] };
                    break;
                case "--plugin" when i + 1 < args.Count:
                    options = options with { PluginPath = args[++i] };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}
