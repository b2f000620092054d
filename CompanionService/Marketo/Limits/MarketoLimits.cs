namespace MsiDynamics.CompanionService.Marketo.Limits;

/// <summary>
/// Marketo's platform limits, each named once (marketo.md §5.1). Options default to, and are
/// validated against, these; batching splits by them. Caveat: the rate, concurrency and daily limits are
/// per instance, shared by every integration, so the options default below them.
/// </summary>
internal static class MarketoLimits
{
    /// <summary>Records, or filter values, a Lead Database call takes at most.</summary>
    public const int RecordsPerCall = 300;

    /// <summary>Calls an instance may start in any <see cref="RateWindow"/> (else 606).</summary>
    public const int CallsPerRateWindow = 100;

    /// <summary>Marketo's rate window: 20 seconds.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(20);

    /// <summary>Calls an instance may have in flight at once (else 615).</summary>
    public const int ConcurrentCalls = 10;

    /// <summary>Activity type ids one Get Lead Activities call accepts.</summary>
    public const int ActivityTypeIdsPerCall = 10;

    /// <summary>
    /// Longest request URI Marketo accepts, 8 KB: 300 GUIDs in a filter (≈ 11 KB) overflow it, so such reads
    /// go as <c>POST …?_method=GET</c> with a form body (Decision 2).
    /// </summary>
    public const int MaxUriLength = 8 * 1024;

    /// <summary>Largest request body Marketo accepts, 1 MB.</summary>
    public const int MaxBodyLength = 1024 * 1024;
}
