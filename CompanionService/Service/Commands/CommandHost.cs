using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace MsiDynamics.CompanionService.Service.Commands;

/// <summary>
/// Runs a one-shot command inside the host of <c>drain --once</c> (<see cref="WorkerHost.BuildDrainOnce"/>: the clients,
/// no background service), started so its options are validated; invalid settings are listed and exit 2. Its logs go to
/// standard error, warnings and errors only, so standard output carries the command's answer alone.
/// </summary>
internal static class CommandHost
{
    public static async Task<int> RunAsync(
        ParseResult parse, Action<IHostApplicationBuilder>? customize, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        try
        {
            using var host = WorkerHost.BuildDrainOnce([.. parse.UnmatchedTokens], builder =>
            {
                // The command's output is the answer (tables, JSON to pipe into a tool): log lines go to standard error,
                // warnings and errors only.
                builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
                builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
                customize?.Invoke(builder);
            });
            await host.StartAsync(ct).ConfigureAwait(false);
            try
            {
                return await body(host.Services, ct).ConfigureAwait(false);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (WorkerCommandLine.SettingsFailures(ex) is { Count: > 0 } failures)
        {
            return WorkerCommandLine.InvalidSettings(parse, failures);
        }
    }
}
