namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// Where the worker's metrics (meter <c>MsiDynamics.Worker</c>) go, bound to the <c>Telemetry</c> section. Both
/// exporters are off by default; the structured logs go to the console (and the journal or the Windows event log).
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>An OTLP collector's endpoint, e.g. <c>http://127.0.0.1:4317</c>. Unset (the default): no OTLP export.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Whether <see cref="PrometheusPath"/> serves a Prometheus scrape on the endpoints' port. Default false.</summary>
    public bool Prometheus { get; set; }

    /// <summary>The path of the Prometheus scrape. Default <c>/metrics</c>.</summary>
    public string PrometheusPath { get; set; } = "/metrics";
}
