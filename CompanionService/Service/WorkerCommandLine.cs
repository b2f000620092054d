using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The worker's commands: <c>run</c> (the service) and <c>drain --once</c> (empty the queue now, then exit). Anything
/// after the command that is not one of its options is configuration, e.g. <c>--Drain:IdleInterval=00:00:30</c>.
/// Public so that a host wiring the worker to other services (the sandbox's chaos run points it at the emulators with
/// its own token source) runs exactly these commands.
/// </summary>
public static class WorkerCommandLine
{
    /// <summary>Builds the root command; <paramref name="customize"/> lets a test or the sandbox replace services of the host.</summary>
    public static RootCommand Create(Action<IHostApplicationBuilder>? customize = null)
    {
        var root = new RootCommand(
            "MsiDynamics companion worker: sends the Dynamics 365 changes waiting in the MSI sync queue (msi_syncqueueitem) "
            + "to Marketo, in order, and brings the MSI fields back. Settings come from appsettings.json beside the program, "
            + "then environment variables (Dataverse__ClientSecret), then the command line (--Drain:IdleInterval=00:00:30).");

        var run = new Command("run",
            "Run the worker until stopped (Ctrl+C, service stop). Only the worker holding the drain lease sends changes and "
            + "writes the MSI values back (every WriteBack:Interval, a full comparison nightly); "
            + "others stand by and take over within a minute if it stops. Serves GET /health and, when Endpoints:WakeKey is "
            + "set, POST /wake for a Dataverse webhook, on Endpoints:Urls (this machine only by default).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        run.SetAction((parse, ct) => RunAsync(parse, customize, ct));

        var once = new Option<bool>("--once")
        {
            Description = "Required: drain once. Claim the drain lease, send every due change, release the lease and exit.",
        };
        var drain = new Command("drain",
            "Empty the sync queue now, then exit: exit code 0 when no due rows are left; 1 when a cycle stopped "
            + "(Marketo quota spent, credentials refused, Dataverse unreachable), with the reason; 2 for invalid settings; "
            + "3 when another worker holds the drain lease; 4 when interrupted. Use it after a bulk import, or from a scheduler "
            + "instead of the service.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        drain.Options.Add(once);
        drain.Validators.Add(result =>
        {
            if (!result.GetValue(once))
            {
                result.AddError("drain needs --once: it drains until the queue is empty, then exits. Use 'run' for the service.");
            }
        });
        drain.SetAction((parse, ct) => DrainOnceAsync(parse, customize, ct));

        root.Subcommands.Add(run);
        root.Subcommands.Add(drain);
        root.Subcommands.Add(Commands.WriteBackCommand.Create(customize));
        root.Subcommands.Add(Commands.VerifyCommand.Create(customize));
        root.Subcommands.Add(Commands.DoctorCommand.Create(customize));
        root.Subcommands.Add(Commands.StatusCommand.Create(customize));
        root.Subcommands.Add(Commands.BackfillCommand.Create(customize));
        return root;
    }

    private static async Task<int> RunAsync(ParseResult parse, Action<IHostApplicationBuilder>? customize, CancellationToken ct)
    {
        try
        {
            using var host = WorkerHost.BuildRun([.. parse.UnmatchedTokens], customize);
            await host.RunAsync(ct).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (SettingsFailures(ex) is { Count: > 0 } failures)
        {
            return InvalidSettings(parse, failures);
        }
    }

    private static async Task<int> DrainOnceAsync(ParseResult parse, Action<IHostApplicationBuilder>? customize, CancellationToken ct)
    {
        try
        {
            using var host = WorkerHost.BuildDrainOnce([.. parse.UnmatchedTokens], customize);
            await host.StartAsync(ct).ConfigureAwait(false);
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping);
            var summary = await host.Services.GetRequiredService<DrainRunner>().DrainUntilEmptyAsync(either.Token).ConfigureAwait(false);
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            var code = DrainExit.CodeOf(summary);
            (code == DrainExit.Drained ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error).WriteLine(DrainExit.MessageOf(summary));
            return code;
        }
        catch (Exception ex) when (SettingsFailures(ex) is { Count: > 0 } failures)
        {
            return InvalidSettings(parse, failures);
        }
    }

    /// <summary>
    /// The failures of every options section that failed validation at start, each once (the drain lease checks Marketo
    /// settings too); empty for any other error.
    /// </summary>
    internal static IReadOnlyList<string> SettingsFailures(Exception ex) => ex switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Distinct()],
        _ => [],
    };

    /// <summary>Lists every setting to fix on standard error; the exit code of invalid settings.</summary>
    internal static int InvalidSettings(ParseResult parse, IReadOnlyList<string> failures)
    {
        parse.InvocationConfiguration.Error.WriteLine("Invalid settings; nothing was done:");
        foreach (var failure in failures)
        {
            parse.InvocationConfiguration.Error.WriteLine("  " + failure);
        }

        return DrainExit.InvalidSettings;
    }
}
