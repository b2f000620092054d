using System.Collections.Concurrent;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// What the worker processes of a chaos run wrote: every line counted, the error and critical ones kept (the first
/// hundred), for the report, and every line written to <paramref name="file"/> when one is named. The workers log JSON
/// lines (the console formatter of appsettings.json).
/// </summary>
internal sealed class ChaosLog(string? file = null) : IDisposable
{
    private readonly StreamWriter? _file = file is null ? null : File.CreateText(file);

    private const int Kept = 100;
    private readonly ConcurrentQueue<string> _errors = new();
    private long _lines;
    private long _errorLines;

    public long Lines => Interlocked.Read(ref _lines);

    public long ErrorLines => Interlocked.Read(ref _errorLines);

    public IReadOnlyList<string> Errors => [.. _errors];

    public void Add(string worker, string? line)
    {
        if (line is null)
        {
            return;
        }

        Interlocked.Increment(ref _lines);
        if (_file is { } writer)
        {
            lock (writer)
            {
                writer.WriteLine($"{worker}: {line}");
            }
        }

        if (line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal)
            || line.StartsWith("Unhandled exception", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
            if (_errors.Count < Kept)
            {
                _errors.Enqueue($"{worker}: {line}");
            }
        }
    }

    public void Dispose()
    {
        if (_file is { } writer)
        {
            lock (writer)
            {
                writer.Dispose();
            }
        }
    }
}
