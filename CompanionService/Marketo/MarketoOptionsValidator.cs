using Microsoft.Extensions.Options;

namespace MsiDynamics.CompanionService.Marketo;

/// <summary>
/// Checks <see cref="MarketoOptions"/> at start-up. Each message names the setting and what to do;
/// none echoes a credential.
/// </summary>
internal sealed class MarketoOptionsValidator : IValidateOptions<MarketoOptions>
{
    public ValidateOptionsResult Validate(string? name, MarketoOptions options)
    {
        var failures = new List<string>();
        CheckBaseUrl(options.BaseUrl, failures);
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Marketo:ClientId is required: the client id of the LaunchPoint custom service.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Marketo:ClientSecret is required: set it from the environment or a secret store.");
        }

        Range(failures, "Marketo:CallsPer20Seconds", options.CallsPer20Seconds, 1, 100);
        Range(failures, "Marketo:MaxConcurrentCalls", options.MaxConcurrentCalls, 1, 10);
        Range(failures, "Marketo:BatchSize", options.BatchSize, 1, 300);
        Range(failures, "Marketo:MaxRetryAttempts", options.MaxRetryAttempts, 0, 10);
        if (options.DailyQuota < 1)
        {
            failures.Add("Marketo:DailyQuota must be at least 1: set the subscription's daily API quota.");
        }

        if (options.DailyQuotaReserve < 0 || options.DailyQuotaReserve >= options.DailyQuota)
        {
            failures.Add("Marketo:DailyQuotaReserve must be at least 0 and below Marketo:DailyQuota.");
        }

        Positive(failures, "Marketo:RetryBaseDelay", options.RetryBaseDelay);
        Positive(failures, "Marketo:MaxRetryDelay", options.MaxRetryDelay);
        Positive(failures, "Marketo:RequestTimeout", options.RequestTimeout);
        Positive(failures, "Marketo rate window", options.RateWindow);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBaseUrl(Uri? url, List<string> failures)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            failures.Add("Marketo:BaseUrl is required: an absolute URL such as https://123-ABC-456.mktorest.com.");
        }
        else if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            failures.Add($"Marketo:BaseUrl must use https (only a loopback address may use http); it is {url.Scheme}://{url.Host}.");
        }
        else if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.UserInfo))
        {
            failures.Add("Marketo:BaseUrl must not carry a query string or user information.");
        }
    }

    private static void Range(List<string> failures, string setting, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{setting} must be between {min} and {max}; it is {value}.");
        }
    }

    private static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} must be a positive duration; it is {value}.");
        }
    }
}
