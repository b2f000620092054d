using MsiDynamics.CompanionService.Dataverse.Limits;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>
/// Settings of the Dataverse Web API client, bound from the configuration section <c>Dataverse</c>
/// (architecture.md §6) and validated at start-up by <see cref="DataverseOptionsValidator"/>.
/// </summary>
public sealed class DataverseOptions
{
    public const string SectionName = "Dataverse";

    /// <summary>The Web API path under <see cref="Url"/> (dataverse.md §6).</summary>
    public const string WebApiPath = "api/data/v9.2/";

    /// <summary>
    /// The environment's URL, <c>https://contoso.crm.dynamics.com/</c>. Required. Must be https, except a
    /// loopback address (the sandbox emulator). The token scope is <c>{Url}/.default</c>.
    /// </summary>
    public Uri? Url { get; set; }

    /// <summary>The Microsoft Entra tenant (id or domain) of the app registration. Required when the tokens come from MSAL (the default).</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id; it must exist as an application user with a security role. Required when the tokens come from MSAL (the default).</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The app registration's client secret. Set this or <see cref="CertificatePath"/>, not both. Caveat:
    /// supply it from the environment or a secret store (<c>Dataverse__ClientSecret</c>); it is never logged.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// A PKCS#12 (.pfx) file holding the app registration's certificate and private key, e.g. a mounted
    /// secret. Used instead of <see cref="ClientSecret"/>. Caveat: a certificate store thumbprint is not
    /// supported; export the certificate to a file the worker alone can read.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>; empty when the file has none. Never logged.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Rows per page (<c>Prefer: odata.maxpagesize</c>). Default 5000, Dataverse's maximum.</summary>
    public int MaxPageSize { get; set; } = DataverseLimits.MaxPageSize;

    /// <summary>
    /// Requests this client starts in any <see cref="RequestWindow"/>. Default 3000, half of Dataverse's
    /// 6000 per user per 5 minutes (dataverse.md §6). Caveat: Dataverse counts per user and web
    /// server, so several worker instances with one app user share its limit; divide accordingly.
    /// </summary>
    public int RequestsPerWindow { get; set; } = DataverseLimits.RequestsPerWindow / 2;

    /// <summary>The window of <see cref="RequestsPerWindow"/>. Default 5 minutes, as Dataverse's.</summary>
    public TimeSpan RequestWindow { get; set; } = DataverseLimits.RequestWindow;

    /// <summary>Requests in flight at once. Default 16; at most 52, Dataverse's concurrent limit per user.</summary>
    public int MaxConcurrentRequests { get; set; } = 16;

    /// <summary>Retries of a 429, 5xx, time-out or dropped connection within one request. Default 5; 0 disables retries.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>First back-off delay after a 5xx or no response, doubled per retry with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest back-off delay after a 5xx or no response. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest wait for a 429's <c>Retry-After</c>. Default 5 minutes (Dataverse's window). Caveat: a
    /// shorter cap retries before Dataverse allows it and meets another 429.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = DataverseLimits.RequestWindow;

    /// <summary>Time allowed for one HTTP request. Default 2 minutes; a bulk write through slow plug-ins may need more.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests per <c>$batch</c>. Default 1000, Dataverse's maximum; larger batches are split.</summary>
    public int MaxBatchRequests { get; set; } = DataverseLimits.BatchRequests;

    /// <summary>Targets per <c>UpdateMultiple</c> call. Default 1000; lower it if a call meets the request time-out.</summary>
    public int UpdateMultipleBatchSize { get; set; } = DataverseLimits.UpdateMultipleTargets;

    /// <summary>
    /// PATCHes per <c>$batch</c> when a table refuses <c>UpdateMultiple</c> and its rows go one request each
    /// (dataverse.md §0.13). Default 100, the top of Microsoft's advice of about 10 to 100 parts (§0.12).
    /// </summary>
    public int UpdateFallbackBatchSize { get; set; } = 100;

    /// <summary>
    /// Longest URL of a plain GET. Default 32,000, under Dataverse's 32,768; reads by many ids that need
    /// more go inside a <c>$batch</c>, where URLs up to 64 KB are accepted (<see cref="MaxBatchUrlLength"/>).
    /// </summary>
    public int MaxUrlLength { get; set; } = 32_000;

    /// <summary>Longest URL of a GET inside a <c>$batch</c>. Default 64,000, under Dataverse's 65,536.</summary>
    public int MaxBatchUrlLength { get; set; } = 64_000;

    /// <summary>The Web API root, <c>{Url}api/data/v9.2/</c>.</summary>
    public Uri WebApiUrl => new(Root(Url!), WebApiPath);

    /// <summary>The environment URL with a trailing slash.</summary>
    public static Uri Root(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    /// <summary>Settings for a log line; ids, secrets, passwords and tokens are never shown.</summary>
    public override string ToString() =>
        $"Dataverse Url={Url}, TenantId={Redact(TenantId)}, ClientId={Redact(ClientId)}, ClientSecret={Redact(ClientSecret)}, "
        + $"Certificate={Redact(CertificatePath)}, MaxPageSize={MaxPageSize}, "
        + $"RequestsPerWindow={RequestsPerWindow}/{RequestWindow}, MaxConcurrentRequests={MaxConcurrentRequests}";

    private static string Redact(string? value) => string.IsNullOrEmpty(value) ? "(not set)" : "(set, redacted)";
}
