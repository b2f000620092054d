namespace MsiDynamics.Solution.Packer;

/// <summary>The packer's command line: <c>pack</c> or <c>generate</c> (<see cref="PackOptions.Usage"/>).</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var options = PackOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(PackOptions.Usage);
            return 2;
        }

        try
        {
            var packer = new SolutionPacker(Tree.SolutionPaths.Find(Directory.GetCurrentDirectory()));
            var plugin = options.PluginPath ?? packer.DefaultPluginPath();
            if (options.Command == "generate")
            {
                var written = packer.Generate(plugin);
                Console.WriteLine($"Wrote {written.Count} generated files under Solution/src.");
                return 0;
            }

            var result = packer.Pack(plugin, options.OutputDirectory, options.AllowSubset);
            Console.WriteLine(result.ManagedZip);
            Console.WriteLine(result.UnmanagedZip);
            Console.WriteLine(result.SettingsCsv);
            if (result.FromSubset)
            {
                Console.WriteLine("Packed from a plug-in built against the SDK subset: for local inspection only, never for import.");
            }

            return 0;
        }
        catch (PackException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
