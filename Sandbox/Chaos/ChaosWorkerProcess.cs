using System.Diagnostics;
using System.Reflection;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// One worker process of a chaos run (<see cref="ChaosWorkerEntry"/>): started, killed abruptly (SIGKILL, the whole
/// process tree: no <c>finally</c>, no lease release) and started again. Its standard output and error go to the run's
/// <see cref="ChaosLog"/>.
/// </summary>
internal sealed class ChaosWorkerProcess(string name, IReadOnlyList<string> arguments, ChaosLog log) : IDisposable
{
    private readonly Lock _gate = new();
    private Process? _process;

    public string Name => name;

    /// <summary>Times the process was started.</summary>
    public int Starts { get; private set; }

    /// <summary>Whether the process is running now.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _process is { HasExited: false };
            }
        }
    }

    public void Start()
    {
        lock (_gate)
        {
            _process?.Dispose();
            var start = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            };
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
            start.ArgumentList.Add(ChaosWorkerEntry.Command);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            process.OutputDataReceived += (_, line) => log.Add(name, line.Data);
            process.ErrorDataReceived += (_, line) => log.Add(name, line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            _process = process;
            Starts++;
        }
    }

    /// <summary>Kills the process at once, as a crash or an OOM kill would; returns when it has exited.</summary>
    public void Kill()
    {
        lock (_gate)
        {
            if (_process is not { HasExited: false } process)
            {
                return;
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>Waits for the process to end by itself (a one-shot command); kills it after <paramref name="deadline"/>.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan deadline)
    {
        Process process;
        lock (_gate)
        {
            process = _process ?? throw new InvalidOperationException($"{name} was never started.");
        }

        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{name} did not end within {deadline.TotalSeconds:0} s and was killed.");
        }
    }

    public void Dispose()
    {
        Kill();
        lock (_gate)
        {
            _process?.Dispose();
            _process = null;
        }
    }

    // The process that runs this program when it is dotnet itself (dotnet run, dotnet test); else dotnet from PATH.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
