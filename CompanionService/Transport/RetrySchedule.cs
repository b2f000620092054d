namespace MsiDynamics.CompanionService.Transport;

/// <summary>
/// How one API retries a transient attempt: up to <see cref="MaxRetryAttempts"/> times (0: never),
/// exponential back-off with jitter from <see cref="BaseDelay"/> up to <see cref="MaxDelay"/>, and a wait the
/// server named (a <c>Retry-After</c>, a rate window) honoured up to <see cref="ServerDelayCap"/>.
/// </summary>
internal sealed record RetrySchedule(int MaxRetryAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan ServerDelayCap)
{
    /// <summary>The server's wait capped at <see cref="ServerDelayCap"/>; null (back off) when it named none.</summary>
    public TimeSpan? CapServerDelay(TimeSpan? serverDelay) =>
        serverDelay is { } wait ? (wait > ServerDelayCap ? ServerDelayCap : wait) : null;
}
