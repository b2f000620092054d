namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>Marketo's quota day: it resets at 00:00 America/Chicago (marketo.md §5.1), daylight saving included.</summary>
internal static class QuotaDay
{
    private static readonly TimeZoneInfo Chicago = Find();

    /// <summary>The quota day at <paramref name="now"/> and when the next one starts (UTC).</summary>
    public static (DateOnly Day, DateTimeOffset ResetsAt) At(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Chicago);
        var day = DateOnly.FromDateTime(local.DateTime);
        var nextMidnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var resets = new DateTimeOffset(nextMidnight, Chicago.GetUtcOffset(nextMidnight)).ToUniversalTime();
        return (day, resets);
    }

    // Windows and Linux both know the IANA id on .NET 6 and later (ICU); a system without time zone data gets US Central standard time.
    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("America/Chicago", TimeSpan.FromHours(-6), "America/Chicago", "CST");
        }
    }
}
