using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.Marketo;

/// <summary>
/// Settings of the Marketo REST client, bound from the configuration section <c>Marketo</c>
/// (architecture.md §6) and validated at start-up by <see cref="MarketoOptionsValidator"/>.
/// </summary>
public sealed class MarketoOptions
{
    public const string SectionName = "Marketo";

    /// <summary>
    /// The REST base URL of the instance, <c>https://NNN-XXX-NNN.mktorest.com</c> (Admin › Web Services);
    /// identity is <c>{BaseUrl}/identity</c>, REST <c>{BaseUrl}/rest/v1</c>. Required. Must be https,
    /// except a loopback address (the sandbox emulator).
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Client id of the LaunchPoint custom service (owned by an API-only user). Required.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Client secret of that service. Required. Caveat: supply it from the environment or a secret
    /// store (<c>Marketo__ClientSecret</c>), never a file in the repository; it is never logged.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Calls this client starts in any 20-second window. Default 50, Marketo's guidance for one
    /// integration; at most 100. Caveat: Marketo's 100 is shared by every integration of the instance.
    /// </summary>
    public int CallsPer20Seconds { get; set; } = 50;

    /// <summary>
    /// Calls this client has in flight at once. Default 5 (Marketo's guidance); at most 10, Marketo's
    /// limit per instance, which is also shared with other integrations (615 when exceeded).
    /// </summary>
    public int MaxConcurrentCalls { get; set; } = 5;

    /// <summary>
    /// The subscription's daily API quota. Default 10,000, the smallest Marketo sells; set it to yours
    /// (50,000 is common). Caveat: the client counts only its own calls since the process started.
    /// </summary>
    public long DailyQuota { get; set; } = 10_000;

    /// <summary>
    /// Calls left unused by pushes each day, for reads and for the other integrations sharing the
    /// quota. Default 1,000. Pushes stop (QuotaExhausted) when only this many remain.
    /// </summary>
    public long DailyQuotaReserve { get; set; } = 1_000;

    /// <summary>Records per call. Default 300, Marketo's maximum; lower it only if 604 timeouts persist.</summary>
    public int BatchSize { get; set; } = MarketoLimits.RecordsPerCall;

    /// <summary>Retries of a transient failure within one call. Default 4; 0 disables retries.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First back-off delay, doubled per retry with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest back-off delay. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Time allowed for one HTTP request. Default 40 s, so that with the drain lease's defaults (60 s, renewed every
    /// 20 s) no call can outlive the lease it started under (dataverse.md §0.10). Caveat: Marketo's own time-out for
    /// Sync Leads is 90 s (marketo.md §5.1); a slower call is abandoned and retried, which an upsert makes harmless.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>
    /// Length of Marketo's rate window: 20 s (marketo.md §5.1). Internal and not bound from configuration: no
    /// setting can change it; only the client's own tests shorten it.
    /// </summary>
    internal TimeSpan RateWindow { get; set; } = MarketoLimits.RateWindow;

    /// <summary>Settings for a log line; the client id and secret are never shown.</summary>
    public override string ToString() =>
        $"Marketo BaseUrl={BaseUrl}, ClientId={Redact(ClientId)}, ClientSecret={Redact(ClientSecret)}, "
        + $"CallsPer20Seconds={CallsPer20Seconds}, MaxConcurrentCalls={MaxConcurrentCalls}, "
        + $"DailyQuota={DailyQuota}, DailyQuotaReserve={DailyQuotaReserve}, BatchSize={BatchSize}";

    private static string Redact(string? value) => string.IsNullOrEmpty(value) ? "(not set)" : "(set)";
}
