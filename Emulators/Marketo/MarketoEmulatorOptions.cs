namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// How the Marketo emulator behaves. The defaults are Marketo's documented limits for one instance
/// (marketo.md §5.1). Values are read on every call, so a test may change them while it runs.
/// </summary>
public sealed class MarketoEmulatorOptions
{
    /// <summary>Client id the identity endpoint accepts; null (default) accepts any pair.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret the identity endpoint accepts; null (default) accepts any pair.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Lifetime of a new access token. Default 3,600 s (marketo.md §1).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(3600);

    /// <summary>Calls allowed in any sliding <see cref="RateWindow"/>; the next answers 606. Default 100 (§5.1).</summary>
    public int CallsPerWindow { get; set; } = 100;

    /// <summary>Length of the sliding rate window. Default 20 s (§5.1).</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Calls allowed in flight at once; one more answers 615. Default 10 (§5.1).</summary>
    public int MaxConcurrentCalls { get; set; } = 10;

    /// <summary>
    /// Calls allowed per day, the day starting 00:00 America/Chicago; past it calls answer 607.
    /// Default 50,000 (§5.1).
    /// </summary>
    public int DailyQuota { get; set; } = 50_000;

    /// <summary>
    /// Whether an <c>access_token</c> query or form parameter is still accepted. Default false: Marketo
    /// announced its removal for 2026-08-31 (§1), and the worker must never send it.
    /// </summary>
    public bool AllowQueryStringToken { get; set; }

    /// <summary>What a REST call without any token is answered with (UNCERTAIN, marketo.md §1). Default 601.</summary>
    public MarketoMissingTokenAnswer MissingToken { get; set; }

    /// <summary>What a lead query naming an unknown field answers (UNCERTAIN, marketo.md D8). Default null values.</summary>
    public MarketoUnknownFieldAnswer UnknownQueryField { get; set; }

    /// <summary>
    /// Whether Sync Leads accepts <c>lookupField=externalPersonId</c>. Default false (answers 1011); the docs
    /// leave it UNCERTAIN (§3.4) and the worker must not rely on it (decision 3).
    /// </summary>
    public bool AcceptExternalPersonIdLookup { get; set; }

    /// <summary>
    /// Whether external ids (<c>externalPersonId</c>, <c>externalCompanyId</c>, …) match case-sensitively.
    /// Default true; Marketo's handling is UNCERTAIN (§4.4 rule 2), so the worker must send one canonical
    /// form and pass with either setting. E-mail addresses always match case-insensitively.
    /// </summary>
    public bool ExternalIdsCaseSensitive { get; set; } = true;

    /// <summary>
    /// Custom lead fields (string) the instance has besides the standard and MSI fields; a sync naming any
    /// other unknown field is skipped with 1006 (§5.3). Empty by default.
    /// </summary>
    public IList<string> CustomLeadFields { get; set; } = new List<string>();

    /// <summary>
    /// Lead fields an admin has deleted from the instance (standard or custom, e.g. "company"): absent from both lead
    /// describes, null or 1006 in a query that names one (<see cref="UnknownQueryField"/>), and a Sync Leads record that
    /// carries one is skipped with <c>1006 Field '…' not found</c>, its neighbours written (marketo.md §5.3, D8, D10).
    /// Empty by default.
    /// </summary>
    public IList<string> RemovedLeadFields { get; set; } = new List<string>();

    /// <summary>
    /// The form datetimes are written in: activityDate and every datetime field of a query answer. Default
    /// <see cref="MarketoDateTimeForm.Utc"/>; the others are forms Marketo also writes (marketo.md D11).
    /// </summary>
    public MarketoDateTimeForm DateTimeForm { get; set; }

    /// <summary>
    /// Whether the instance has the "MSI Non-Native" feature, which Marketo Support enables (marketo.md §4.4 rule 6).
    /// Default true. Without it the lead fields <c>msiLastInterestingMoment*</c> do not exist (absent from the recorded
    /// describe of an instance without it, §4.1); <c>priority</c>, <c>relativeUrgency</c> and the relative score remain.
    /// </summary>
    public bool MsiNonNative { get; set; } = true;

    /// <summary>
    /// The name of the relative score lead field: "relativeScore" (default; the standard field list and the recorded
    /// describe) or "relativeScoring" (the MSI document's name); the docs disagree (marketo.md §4.1, D8). Caveat: the
    /// emulator's interesting moments still score the field named "relativeScore".
    /// </summary>
    public string RelativeScoreField { get; set; } = "relativeScore";

    /// <summary>
    /// REST paths (prefixes, e.g. "/rest/v1/opportunities/roles") the API-only user's role may not call: each answers
    /// 603 "Access denied" (marketo.md §5.2), as when the role lacks the permission. Default none.
    /// </summary>
    public IList<string> DeniedPaths { get; set; } = new List<string>();

    /// <summary>The clock behind token expiry, rate windows, the daily quota and latency. Default system time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Loopback port to listen on; 0 (default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Faults to inject (none by default).</summary>
    public MarketoFaultOptions Faults { get; set; } = new();
}
