using System.Runtime.InteropServices;
using MsiDynamics.Sandbox.Marketo;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// <c>serve</c>: starts the requested emulators, prints one line per emulator with its base URL, and serves
/// until Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(ServeArguments arguments)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });

        if (arguments.DataversePort is not null)
        {
            // The Dataverse emulator starts here once it exists (DESIGN.md §7).
            Console.Error.WriteLine("The Dataverse emulator is not available yet; --dataverse-port is ignored.");
        }

        await using var marketo = arguments.MarketoPort is { } port
            ? await MarketoEmulator.StartAsync(new MarketoEmulatorOptions { Port = port }, stop.Token)
            : null;
        if (marketo is not null)
        {
            Console.WriteLine($"Marketo emulator: {marketo.BaseUrl}");
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: dispose the emulators and exit normally.
        }

        return 0;
    }
}
