namespace MsiDynamics.Emulators.Marketo;

/// <summary>Marketo's fixed Lead Database limits (marketo.md §3.1, §3.4, §5.1).</summary>
internal static class MarketoLimits
{
    /// <summary>Records per sync or delete call, and the maximum page size (§3.1, §5.1).</summary>
    public const int BatchSize = 300;

    /// <summary>Values in one <c>filterValues</c> (§3.4).</summary>
    public const int FilterValues = 300;

    /// <summary>Leads one filter may match before Get Leads answers 1003 "Too many results match the filter" (§3.4).</summary>
    public const int LeadMatches = 1000;

    /// <summary>Activity type ids in one Get Lead Activities call (DEV activities.md: "up to ten").</summary>
    public const int ActivityTypeIds = 10;

    /// <summary>Lead ids in one Get Lead Activities call (DEV activities.md: "up to 30").</summary>
    public const int ActivityLeadIds = 30;

    /// <summary>
    /// The time zone of the daily-quota reset, "12:00 AM CST" (§5.1). Falls back to a fixed UTC−6 when the
    /// machine has no time-zone database.
    /// </summary>
    public static TimeZoneInfo QuotaTimeZone { get; } = FindChicago();

    private static TimeZoneInfo FindChicago()
    {
        foreach (var id in new[] { "America/Chicago", "Central Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(-6), "CST", "CST");
    }
}
