namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Calls counted against the daily quota, which "resets 12:00 AM CST" (marketo.md §5.1, §5.2 607):
/// the count restarts when the date in America/Chicago changes.
/// </summary>
internal sealed class DailyQuota
{
    private readonly object _gate = new();
    private DateOnly _day;
    private int _count;

    /// <summary>Counts a call; returns the calls of the current Chicago day, this one included.</summary>
    public int Add(DateTimeOffset now)
    {
        lock (_gate)
        {
            var day = DayOf(now);
            if (day != _day)
            {
                _day = day;
                _count = 0;
            }

            return ++_count;
        }
    }

    /// <summary>Takes back a call that turned out not to count.</summary>
    public void Remove(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (DayOf(now) == _day && _count > 0)
            {
                _count--;
            }
        }
    }

    /// <summary>The quota day of an instant: its date in America/Chicago.</summary>
    public static DateOnly DayOf(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, MarketoLimits.QuotaTimeZone).DateTime);
}
