using System.Globalization;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Limits;

/// <summary>
/// Dataverse's service protection limits per caller (dataverse.md §6, api-limits): a sliding window of
/// <see cref="DataverseEmulatorOptions.RequestsPerWindow"/> requests per <see cref="DataverseEmulatorOptions.RequestWindow"/>
/// (429 0x80072322, Retry-After = when the oldest request in the window leaves it), and
/// <see cref="DataverseEmulatorOptions.MaxConcurrentRequests"/> in flight (429 0x80072326 at once). The caller is
/// the bearer token. A refused request does not count. The execution-time limit is not emulated.
/// </summary>
internal sealed class ServiceProtection
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);

    /// <summary>
    /// Admits a request (it then counts in the window and in flight until <see cref="Leave"/>), or refuses it;
    /// <paramref name="remaining"/> is what is left of the window's budget afterwards.
    /// </summary>
    public Refusal? Admit(string caller, DateTimeOffset now, DataverseEmulatorOptions options, out int remaining)
    {
        remaining = 0;
        lock (_gate)
        {
            if (!_windows.TryGetValue(caller, out var window))
            {
                window = new Queue<DateTimeOffset>();
                _windows[caller] = window;
            }

            while (window.Count > 0 && window.Peek() <= now - options.RequestWindow)
            {
                window.Dequeue();
            }

            if (window.Count >= options.RequestsPerWindow)
            {
                var seconds = ((int)options.RequestWindow.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return new Refusal(ErrorCodes.RequestLimit,
                    $"Number of requests exceeded the limit of {options.RequestsPerWindow} over time window of {seconds} seconds.",
                    Refusal.Seconds(window.Peek() + options.RequestWindow - now));
            }

            var inFlight = _inFlight.GetValueOrDefault(caller);
            if (inFlight >= options.MaxConcurrentRequests)
            {
                return new Refusal(ErrorCodes.ConcurrencyLimit,
                    $"Number of concurrent requests exceeded the limit of {options.MaxConcurrentRequests}.", 1);
            }

            window.Enqueue(now);
            _inFlight[caller] = inFlight + 1;
            remaining = options.RequestsPerWindow - window.Count;
            return null;
        }
    }

    public void Leave(string caller)
    {
        lock (_gate)
        {
            _inFlight[caller] = Math.Max(0, _inFlight.GetValueOrDefault(caller) - 1);
        }
    }
}
