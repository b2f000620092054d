using System.Globalization;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Limits;

/// <summary>
/// Dataverse's service protection limits per user (dataverse.md §6, §0.12; api-limits), over a sliding
/// <see cref="DataverseEmulatorOptions.RequestWindow"/>: <see cref="DataverseEmulatorOptions.RequestsPerWindow"/>
/// requests (429 0x80072322, Retry-After = when the oldest request leaves the window); the combined execution time
/// <see cref="DataverseEmulatorOptions.ExecutionTimePerWindow"/> (429 0x80072321 once the requests already served
/// reached it, Retry-After = when enough of it has left the window); and
/// <see cref="DataverseEmulatorOptions.MaxConcurrentRequests"/> in flight (429 0x80072326 at once). The user is the
/// one the bearer token stands for, so a refreshed token spends the same budget. A refused request does not count.
/// </summary>
internal sealed class ServiceProtection
{
    private readonly object _gate = new();
    private readonly Dictionary<Guid, UserBudget> _users = [];

    /// <summary>Admits a request (it then counts in the window and in flight until <see cref="Leave"/>), or refuses it.</summary>
    public Refusal? Admit(Guid user, DateTimeOffset now, DataverseEmulatorOptions options)
    {
        lock (_gate)
        {
            var budget = Slid(user, now, options);
            var window = options.RequestWindow;
            var seconds = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            if (budget.Requests >= options.RequestsPerWindow)
            {
                return new Refusal(ErrorCodes.RequestLimit,
                    $"Number of requests exceeded the limit of {options.RequestsPerWindow} over time window of {seconds} seconds.",
                    Refusal.Seconds(budget.OldestRequest + window - now));
            }

            if (budget.Charged >= options.ExecutionTimePerWindow)
            {
                var limit = ((long)options.ExecutionTimePerWindow.TotalMilliseconds).ToString("N0", CultureInfo.InvariantCulture);
                return new Refusal(ErrorCodes.ExecutionTimeLimit,
                    $"Combined execution time of incoming requests exceeded limit of {limit} milliseconds over time window of {seconds} seconds. " +
                    "Decrease number of concurrent requests or reduce the duration of requests and try again later.",
                    Refusal.Seconds(budget.UnderLimitAt(options.ExecutionTimePerWindow, window) - now));
            }

            if (budget.InFlight >= options.MaxConcurrentRequests)
            {
                return new Refusal(ErrorCodes.ConcurrencyLimit,
                    $"Number of concurrent requests exceeded the limit of {options.MaxConcurrentRequests}.", 1);
            }

            budget.Admit(now);
            return null;
        }
    }

    /// <summary>Ends an admitted request, charging the execution time it cost.</summary>
    public void Leave(Guid user, DateTimeOffset now, TimeSpan executionTime)
    {
        lock (_gate)
        {
            var budget = _users[user];
            budget.InFlight = Math.Max(0, budget.InFlight - 1);
            budget.Charge(now, executionTime);
        }
    }

    /// <summary>What is left of the user's requests and execution time in the window ending at <paramref name="now"/>.</summary>
    public (int Requests, TimeSpan ExecutionTime) Remaining(Guid user, DateTimeOffset now, DataverseEmulatorOptions options)
    {
        lock (_gate)
        {
            var budget = Slid(user, now, options);
            var time = options.ExecutionTimePerWindow - budget.Charged;
            return (Math.Max(0, options.RequestsPerWindow - budget.Requests), time > TimeSpan.Zero ? time : TimeSpan.Zero);
        }
    }

    private UserBudget Slid(Guid user, DateTimeOffset now, DataverseEmulatorOptions options)
    {
        if (!_users.TryGetValue(user, out var budget))
        {
            budget = new UserBudget();
            _users[user] = budget;
        }

        budget.Slide(now, options.RequestWindow);
        return budget;
    }
}
