using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;

namespace MsiDynamics.CompanionService.Service;

/// <summary>Checks <see cref="EndpointsOptions"/>; messages name the setting and never echo the key.</summary>
internal sealed class EndpointsOptionsValidator : IValidateOptions<EndpointsOptions>
{
    /// <summary>The shortest wake key accepted.</summary>
    public const int MinWakeKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, EndpointsOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var urls = options.Urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (urls.Length == 0 || urls.Any(u => !Uri.TryCreate(u, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            failures.Add("Endpoints:Urls must be one or more absolute http or https URLs separated by ';', such as http://127.0.0.1:5080.");
        }

        if (options.WakeKey is { } key && key.Length < MinWakeKeyLength)
        {
            failures.Add($"Endpoints:WakeKey must be at least {MinWakeKeyLength} characters: use a long random value, or leave it unset to turn /wake off.");
        }

        OptionsChecks.Required(failures, "Endpoints:WakeKeyHeader", options.WakeKeyHeader, "the HTTP header the webhook registration sends the key in");
        OptionsChecks.Range(failures, "Endpoints:WakePermitLimit", options.WakePermitLimit, 1, 10_000);
        OptionsChecks.Positive(failures, "Endpoints:WakeWindow", options.WakeWindow);
        OptionsChecks.Positive(failures, "Endpoints:HealthStaleAfter", options.HealthStaleAfter);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
