namespace MsiDynamics.CompanionService.Marketo.Limits;

/// <summary>
/// Marketo's quota day: it "resets 12:00 AM CST" (marketo.md §5.1), i.e. at midnight in
/// America/Chicago, which moves between UTC−6 and UTC−5 with daylight saving time.
/// </summary>
internal static class QuotaDay
{
    private static readonly TimeZoneInfo Chicago = FindChicago();

    /// <summary>The first 00:00 America/Chicago strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextReset(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Chicago);
        var nextMidnight = local.Date.AddDays(1);
        var offset = Chicago.GetUtcOffset(nextMidnight);
        return new DateTimeOffset(nextMidnight, offset);
    }

    private static TimeZoneInfo FindChicago()
    {
        // IANA id on Linux/macOS and on Windows with ICU; the Windows id as a fallback.
        foreach (var id in new[] { "America/Chicago", "Central Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        // No time zone data at all: fixed CST, at worst an hour late in summer (safe: resumes late).
        return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(-6), "CST", "CST");
    }
}
