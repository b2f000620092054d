using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// <c>chaos-worker &lt;clock offset in ticks&gt; &lt;worker command line&gt;</c>: the worker's own command line
/// (<see cref="WorkerCommandLine"/>: <c>run</c>, <c>backfill</c>, …) in a process of its own, wired to the emulators: the
/// sandbox's token source instead of an app registration, and the chaos run's shifted clock. The chaos run starts its
/// workers this way, so killing one is killing a real worker process.
/// </summary>
internal static class ChaosWorkerEntry
{
    public const string Command = "chaos-worker";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !long.TryParse(args[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks))
        {
            await Console.Error.WriteLineAsync($"Usage: {Command} <clock offset in ticks> <worker command> [settings]");
            return 2;
        }

        var clock = new ShiftedClock(TimeSpan.FromTicks(ticks));
        var root = WorkerCommandLine.Create(builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton<IDataverseTokenSource, SandboxTokenSource>();
        });
        return await root.Parse(args[1..]).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }
}
