using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// The worker's side of the emulators' process (<see cref="EmulatorHost"/>): starts this program again with
/// <c>drain-backlog --changes N --emulators</c>, waits until it has saved the backlog, and asks for its report.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process) => _process = process;

    public static async Task<(EmulatorProcess Process, SeedReport Seed)> StartAsync(int changes)
    {
        var start = SelfProcess.StartInfo(
            [DrainBacklogRunner.Command, "--changes", changes.ToString(CultureInfo.InvariantCulture), EmulatorHost.Argument], redirect: true);
        // The emulators stand for Dataverse and Marketo, not the worker: they run with the runtime's GC defaults, not
        // the worker's settings this program's runtimeconfig carries (CompanionService/WorkerGarbageCollection.props).
        start.Environment["DOTNET_GCConserveMemory"] = "0";
        start.Environment["DOTNET_GCLOHThreshold"] = "14C08"; // 85,000 bytes, the default; the runtime reads hex
        var emulators = new EmulatorProcess(Process.Start(start) ?? throw new InvalidOperationException("The emulators' process did not start."));
        return (emulators, await emulators.ReadAsync<SeedReport>());
    }

    /// <summary>Tells the emulators the drain is over and reads their report; the process then ends.</summary>
    public async Task<EmulatorReport> ReportAsync()
    {
        await _process.StandardInput.WriteLineAsync("report");
        await _process.StandardInput.FlushAsync();
        var report = await ReadAsync<EmulatorReport>();
        await _process.WaitForExitAsync();
        return report;
    }

    private async Task<T> ReadAsync<T>()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(EmulatorHost.Prefix, StringComparison.Ordinal))
            {
                return JsonSerializer.Deserialize<T>(line[EmulatorHost.Prefix.Length..]) ?? throw new InvalidDataException(line);
            }

            Console.WriteLine(line);
        }

        throw new InvalidOperationException($"The emulators' process ended (exit code {(_process.HasExited ? _process.ExitCode : -1)}) before its {typeof(T).Name}.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
