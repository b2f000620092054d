using MsiDynamics.Sandbox.Chaos;
using MsiDynamics.Sandbox.Demo;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// The sandbox's command line: the main job by default (a seeded organisation drained by the worker and compared with
/// Marketo), <c>demo</c> for the hand-mapped demo flow, or <c>serve</c> to run the emulators until Ctrl+C or SIGTERM.
/// </summary>
internal static class SandboxCommand
{
    public const string Usage =
        """
        Usage:
          dotnet run --project Sandbox                         seed an organisation, drain it to Marketo, compare and report
          dotnet run --project Sandbox -- --keep-running       the same, then keep the emulators and the worker running (URLs
                                                               and curl examples printed) until Ctrl+C
          dotnet run --project Sandbox -- demo                 run the hand-mapped demo flow
          dotnet run --project Sandbox -- serve [--dataverse-port <port>] [--marketo-port <port>] [Marketo limits]
                                                               serve both emulators until Ctrl+C (0 or none = a free port);
                                                               serve --help lists every option
          dotnet run --project Sandbox -- chaos [--operations <n>] [--seed <n>] [--kills <n>] [--workers <n>] [--users <n>]
                                                               CRM users, Marketo and Dataverse faults and worker kills at
                                                               once, then compare Marketo with the CRM state (exit 0: equal)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            return await SandboxMainJob.RunAsync(Console.Out, SandboxDrain.UntilIdleAsync);
        }

        if (args is ["--keep-running"])
        {
            using var keep = StopSignal.FromConsole();
            return await SandboxMainJob.RunAsync(Console.Out, SandboxDrain.UntilIdleAsync, keepRunningUntil: keep.Token);
        }

        if (args[0] == "demo")
        {
            return await DemoFlow.RunAsync(Console.Out);
        }

        if (args[0] == ChaosCommand.Name)
        {
            using var stop = StopSignal.FromConsole();
            return await ChaosCommand.RunAsync(args[1..], Console.Out, stop.Token);
        }

        if (args[0] == ChaosWorkerEntry.Command)
        {
            return await ChaosWorkerEntry.RunAsync(args[1..]);
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

            using var stop = StopSignal.FromConsole();
            return await ServeCommand.RunAsync(serve, Console.Out, stop.Token);
        }

        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
