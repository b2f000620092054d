using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MsiDynamics.CompanionService.Tests.Marketo.Support;

/// <summary>Keeps every formatted log line (and exception text) of every category, at every level.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Everything logged, one line per entry, for "never contains" assertions.</summary>
    public string All => string.Join(Environment.NewLine, Lines);

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Lines);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            lines.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} | {structured} {exception}");
        }
    }
}
