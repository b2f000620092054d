using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// <c>serve</c>: starts the Dataverse and the Marketo emulators, prints one line per emulator with its base
/// URL, and serves until <paramref name="stop"/> fires (Ctrl+C or SIGTERM from the command line).
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(ServeArguments arguments, TextWriter output, CancellationToken stop)
    {
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { Port = arguments.DataversePort, PluginAssemblies = [PluginAssembly.Capture] }, stop);
        await using var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions { Port = arguments.MarketoPort }, stop);
        output.WriteLine($"Dataverse emulator: {dataverse.WebApiUrl} (any bearer token; {dataverse.Organization.Steps.Count} plug-in steps registered)");
        output.WriteLine($"Marketo emulator: {marketo.BaseUrl}");
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
}
