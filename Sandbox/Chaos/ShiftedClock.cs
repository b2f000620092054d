namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// The system clock moved by a fixed offset, shared by the emulators and every worker process of a chaos run (each
/// given the offset), so the run can meet Marketo's quota day turning (midnight America/Chicago, marketo.md §5.1)
/// within seconds of its start. Timers and timestamps are the system's.
/// </summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.TryFindSystemTimeZoneById("America/Chicago", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(-6), "CST", "CST");

    public TimeSpan Offset => offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    /// <summary>A clock that reaches Marketo's next quota-day boundary <paramref name="after"/> from now.</summary>
    public static ShiftedClock QuotaDayTurningIn(TimeSpan after)
    {
        var now = System.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, Chicago);
        var midnight = local.Date.AddDays(1);
        var turn = new DateTimeOffset(midnight, Chicago.GetUtcOffset(midnight));
        if (turn - now < after)
        {
            midnight = midnight.AddDays(1);
            turn = new DateTimeOffset(midnight, Chicago.GetUtcOffset(midnight));
        }

        return new ShiftedClock(turn - now - after);
    }

    /// <summary>The next quota-day boundary on this clock.</summary>
    public DateTimeOffset NextQuotaDay()
    {
        var local = TimeZoneInfo.ConvertTime(GetUtcNow(), Chicago);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, Chicago.GetUtcOffset(midnight));
    }
}
