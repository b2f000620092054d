namespace MsiDynamics.CompanionService.Dataverse.Limits;

/// <summary>
/// Dataverse's platform limits, each named once (dataverse.md §6). Options default to, and are
/// validated against, these; batching splits by them. Caveat: the service-protection limits count per
/// user and web server, so every process of the same application user shares them.
/// </summary>
internal static class DataverseLimits
{
    /// <summary>Rows a page holds at most (<c>Prefer: odata.maxpagesize</c>).</summary>
    public const int MaxPageSize = 5_000;

    /// <summary>Requests one <c>$batch</c> holds at most.</summary>
    public const int BatchRequests = 1_000;

    /// <summary>Targets one <c>UpdateMultiple</c> call takes; larger calls risk the request time-out.</summary>
    public const int UpdateMultipleTargets = 1_000;

    /// <summary>Requests a user may start in any <see cref="RequestWindow"/> (service protection, 429).</summary>
    public const int RequestsPerWindow = 6_000;

    /// <summary>Dataverse's service-protection window: 5 minutes.</summary>
    public static readonly TimeSpan RequestWindow = TimeSpan.FromMinutes(5);

    /// <summary>Requests a user may have in flight at once (service protection, 429).</summary>
    public const int ConcurrentRequests = 52;

    /// <summary>Longest URL of a plain GET.</summary>
    public const int MaxUrlLength = 32_768;

    /// <summary>Longest URL of a GET inside a <c>$batch</c>.</summary>
    public const int MaxBatchUrlLength = 65_536;
}
