using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MsiDynamics.Tests.Secrets;

/// <summary>
/// Keeps every log entry of every category and level as one text: the formatted message, each structured value, the
/// scopes it was logged in, and the exception's <see cref="Exception.ToString"/> (inner exceptions and stack included).
/// </summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, Lines);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        private readonly AsyncLocal<ImmutableScopes?> _scopes = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var outer = _scopes.Value;
            _scopes.Value = new ImmutableScopes(Describe(state), outer);
            return new Pop(() => _scopes.Value = outer);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            for (var scope = _scopes.Value; scope is not null; scope = scope.Outer)
            {
                scopes.Add(scope.Text);
            }

            lines.Enqueue($"{logLevel} {category} [{eventId.Id} {eventId.Name}] {formatter(state, exception)} | {Describe(state)} | "
                + $"scopes: {string.Join(" / ", scopes)} | {exception}");
        }

        private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : state?.ToString() ?? string.Empty;
    }

    private sealed record ImmutableScopes(string Text, ImmutableScopes? Outer);

    private sealed class Pop(Action pop) : IDisposable
    {
        public void Dispose() => pop();
    }
}
