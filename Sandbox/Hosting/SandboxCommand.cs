using MsiDynamics.Sandbox.Demo;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// The sandbox's command line: the demo flow by default, or
/// <c>serve</c> to run the emulators until Ctrl+C or SIGTERM.
/// </summary>
internal static class SandboxCommand
{
    public const string Usage =
        """
        Usage:
          dotnet run --project Sandbox                                    run the demo flow         
          dotnet run --project Sandbox -- serve --marketo-port <port>     serve the Marketo emulator (0 = a free port)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            return await DemoFlow.RunAsync(Console.Out);
        }

        if (args[0] == "serve")
        {
            var serve = ServeArguments.Parse(args[1..], out var error);
            if (serve is null)
            {
                Console.Error.WriteLine(error);
                Console.Error.WriteLine(Usage);
                return 2;
            }

            return await ServeCommand.RunAsync(serve);
        }

        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
