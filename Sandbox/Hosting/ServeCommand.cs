using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// <c>serve</c>: starts the Dataverse and the Marketo emulators, prints one line per emulator with its base
/// URL and the Marketo limits in force, and serves until <paramref name="stop"/> fires (Ctrl+C or SIGTERM from the
/// command line). With <c>--help</c> it prints the options and serves nothing.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(ServeArguments arguments, TextWriter output, CancellationToken stop)
    {
        if (arguments.ShowHelp)
        {
            await output.WriteLineAsync(ServeArguments.Help);
            return 0;
        }

        var marketoOptions = arguments.ToMarketoOptions();
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { Port = arguments.DataversePort, PluginAssemblies = [PluginAssembly.Capture] }, stop);
        await using var marketo = await MarketoEmulator.StartAsync(marketoOptions, stop);
        output.WriteLine($"Dataverse emulator: {dataverse.WebApiUrl} (any bearer token; {dataverse.Organization.Steps.Count} plug-in steps registered)");
        output.WriteLine($"Marketo emulator: {marketo.BaseUrl} ({Describe(marketoOptions)})");
        output.WriteLine("Serving until Ctrl+C.");
        await output.FlushAsync(CancellationToken.None);

        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: dispose the emulators and exit normally.
        }

        return 0;
    }

    private static string Describe(MarketoEmulatorOptions o) =>
        $"{(o.ClientId is null ? "any client id and secret" : "client id " + o.ClientId)}; tokens live {o.TokenLifetime.TotalSeconds:0} s; "
        + $"{o.DailyQuota} calls a day, {o.CallsPerWindow} per {o.RateWindow.TotalSeconds:0} s, {o.MaxConcurrentCalls} at once; "
        + $"a call without a token answers {o.MissingToken}";
}
