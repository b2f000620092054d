using Microsoft.Extensions.Options;

namespace MsiDynamics.CompanionService.Service;

/// <summary>Checks <see cref="TelemetryOptions"/>: an absolute OTLP endpoint when one is set, a rooted scrape path.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (options.OtlpEndpoint is { } otlp && (!otlp.IsAbsoluteUri || otlp.Scheme is not ("http" or "https")))
        {
            failures.Add("Telemetry:OtlpEndpoint must be an absolute http or https URL, such as http://127.0.0.1:4317, or unset.");
        }

        if (options.Prometheus && (string.IsNullOrWhiteSpace(options.PrometheusPath) || !options.PrometheusPath.StartsWith('/')))
        {
            failures.Add("Telemetry:PrometheusPath must start with '/', such as /metrics.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
