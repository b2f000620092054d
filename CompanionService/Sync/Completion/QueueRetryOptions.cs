namespace MsiDynamics.CompanionService.Sync.Completion;

/// <summary>
/// How a queue row whose push failed transiently is tried again (architecture.md §3.4, §3.7), bound to the
/// <c>QueueRetry</c> section. This back-off is between drain cycles, in <c>msi_nextattempton</c>; the retries
/// inside one call (<c>Transport/RetrySchedule</c>) have already run out when a row gets here.
/// </summary>
public sealed class QueueRetryOptions
{
    public const string SectionName = "QueueRetry";

    /// <summary>The wait after a record's first failed push. Default 30 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait, however many pushes failed. Default 1 h.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Pushes of one record before a transient failure dead-letters its row. Default 10, which with the default
    /// delays spans about five hours. Caveat: a quota stop (607) is not an attempt and never counts.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;
}
