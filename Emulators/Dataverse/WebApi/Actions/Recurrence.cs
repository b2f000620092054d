using System.Globalization;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// A system job's recurrence rule as BulkDelete takes it (dataverse.md §0.15): <c>FREQ=HOURLY|DAILY|WEEKLY|MONTHLY;</c>
/// with an optional <c>INTERVAL=n;</c> (default 1), the subset of RFC 2445 Microsoft's "Recurrence pattern in
/// asynchronous job execution" describes. An empty pattern is a job that runs once.
/// </summary>
internal sealed class Recurrence
{
    private readonly string _frequency;
    private readonly int _interval;

    private Recurrence(string frequency, int interval)
    {
        _frequency = frequency;
        _interval = interval;
    }

    /// <summary>The rule of <paramref name="pattern"/>; null for none (empty or absent). Any other rule is refused.</summary>
    public static Recurrence? Parse(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return null;
        }

        var parts = pattern.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].ToUpperInvariant(), p => p.Length == 2 ? p[1] : string.Empty);
        var frequency = parts.GetValueOrDefault("FREQ")?.ToUpperInvariant();
        var interval = 1;
        if (frequency is not ("HOURLY" or "DAILY" or "WEEKLY" or "MONTHLY")
            || parts.Keys.Any(k => k is not ("FREQ" or "INTERVAL"))
            || (parts.TryGetValue("INTERVAL", out var text) && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out interval) || interval < 1)))
        {
            throw ApiException.NotEmulated($"The recurrence pattern '{pattern}'");
        }

        return new Recurrence(frequency, interval);
    }

    /// <summary>The first run of a rule that starts at <paramref name="start"/> that comes after <paramref name="after"/>.</summary>
    public DateTime NextAfter(DateTime start, DateTime after)
    {
        var next = start;
        while (next <= after)
        {
            next = _frequency switch
            {
                "HOURLY" => next.AddHours(_interval),
                "DAILY" => next.AddDays(_interval),
                "WEEKLY" => next.AddDays(7 * _interval),
                _ => next.AddMonths(_interval),
            };
        }

        return next;
    }

    public override string ToString() => $"FREQ={_frequency};INTERVAL={_interval}";
}
