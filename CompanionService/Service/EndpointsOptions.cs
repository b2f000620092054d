namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The worker's HTTP endpoints, bound to the <c>Endpoints</c> section: <c>GET /health</c>, <c>POST /wake</c> for a
/// Dataverse webhook, and the Prometheus scrape when <c>Telemetry:Prometheus</c> is on. Loopback only by default.
/// </summary>
public sealed class EndpointsOptions
{
    public const string SectionName = "Endpoints";

    /// <summary>Whether the worker listens at all. Default true; false runs the drain alone, with no port open.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where to listen, one or more URLs separated by <c>;</c>. Default <c>http://127.0.0.1:5080</c>, this machine
    /// only. Caveat: a Dataverse webhook reaches the worker only through a public https address (a reverse proxy or
    /// ingress in front of it); Dataverse webhooks use ports 80 and 443 only.
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The key a webhook must send to <c>/wake</c>: the value given in the webhook's registration. Unset (the default)
    /// leaves <c>/wake</c> off (404). At least 16 characters; supply it from the environment (<c>Endpoints__WakeKey</c>).
    /// </summary>
    public string? WakeKey { get; set; }

    /// <summary>
    /// The header that carries the key when the webhook is registered with the authentication type HttpHeader.
    /// Default <c>x-msi-wake-key</c>. A webhook registered as WebhookKey sends the key as the query parameter
    /// <c>code</c> instead, which is accepted too.
    /// </summary>
    public string WakeKeyHeader { get; set; } = "x-msi-wake-key";

    /// <summary>Wake-ups accepted per <see cref="WakeWindow"/>; more are answered 429. Default 10.</summary>
    public int WakePermitLimit { get; set; } = 10;

    /// <summary>The fixed window of <see cref="WakePermitLimit"/>. Default 1 s.</summary>
    public TimeSpan WakeWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long the lease holder may go without starting or ending a cycle before <c>/health</c> answers 503. Default
    /// 5 minutes; keep it well above <c>Drain:IdleInterval</c> and the longest cycle.
    /// </summary>
    public TimeSpan HealthStaleAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Settings for a log line; the key is never shown.</summary>
    public override string ToString() =>
        $"Endpoints Enabled={Enabled}, Urls={Urls}, WakeKey={(string.IsNullOrEmpty(WakeKey) ? "(not set)" : "(set)")}, "
        + $"WakeKeyHeader={WakeKeyHeader}, Wake={WakePermitLimit}/{WakeWindow}";
}
