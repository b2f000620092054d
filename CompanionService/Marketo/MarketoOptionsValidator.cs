using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;
using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.Marketo;

/// <summary>
/// Checks <see cref="MarketoOptions"/> at start-up, against <see cref="MarketoLimits"/>. Each message names
/// the setting and what to do; none echoes a value.
/// </summary>
internal sealed class MarketoOptionsValidator : IValidateOptions<MarketoOptions>
{
    public ValidateOptionsResult Validate(string? name, MarketoOptions options)
    {
        var failures = new List<string>();
        if (OptionsChecks.BaseUrl(failures, "Marketo:BaseUrl", options.BaseUrl, "https://123-ABC-456.mktorest.com")
            && (!string.IsNullOrEmpty(options.BaseUrl!.Query) || !string.IsNullOrEmpty(options.BaseUrl.UserInfo)))
        {
            failures.Add("Marketo:BaseUrl must not carry a query string or user information: set the instance's REST base URL alone.");
        }

        OptionsChecks.Required(failures, "Marketo:ClientId", options.ClientId, "the client id of the LaunchPoint custom service");
        OptionsChecks.Required(failures, "Marketo:ClientSecret", options.ClientSecret, "set it from the environment or a secret store");
        OptionsChecks.Range(failures, "Marketo:CallsPer20Seconds", options.CallsPer20Seconds, 1, MarketoLimits.CallsPerRateWindow);
        OptionsChecks.Range(failures, "Marketo:MaxConcurrentCalls", options.MaxConcurrentCalls, 1, MarketoLimits.ConcurrentCalls);
        OptionsChecks.Range(failures, "Marketo:BatchSize", options.BatchSize, 1, MarketoLimits.RecordsPerCall);
        OptionsChecks.Range(failures, "Marketo:MaxRetryAttempts", options.MaxRetryAttempts, 0, 10);
        if (options.DailyQuota < 1)
        {
            failures.Add("Marketo:DailyQuota must be at least 1: set the subscription's daily API quota.");
        }

        if (options.DailyQuotaReserve < 0 || options.DailyQuotaReserve >= options.DailyQuota)
        {
            failures.Add("Marketo:DailyQuotaReserve must be at least 0 and below Marketo:DailyQuota: lower it, or raise the quota.");
        }

        OptionsChecks.Positive(failures, "Marketo:RetryBaseDelay", options.RetryBaseDelay);
        OptionsChecks.Positive(failures, "Marketo:MaxRetryDelay", options.MaxRetryDelay);
        OptionsChecks.Positive(failures, "Marketo:RequestTimeout", options.RequestTimeout);
        OptionsChecks.Positive(failures, "Marketo rate window", options.RateWindow);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
