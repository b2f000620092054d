using Microsoft.Extensions.Options;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>
/// Checks <see cref="DataverseOptions"/> at start-up: the URL and the limits. The credentials are checked by
/// <see cref="DataverseCredentialsValidator"/>, only when MSAL issues the tokens. Each message names the setting
/// and what to do; none echoes a credential.
/// </summary>
internal sealed class DataverseOptionsValidator : IValidateOptions<DataverseOptions>
{
    public ValidateOptionsResult Validate(string? name, DataverseOptions options)
    {
        var failures = new List<string>();
        CheckUrl(options.Url, failures);

        Range(failures, "Dataverse:MaxPageSize", options.MaxPageSize, 1, 5000);
        Range(failures, "Dataverse:RequestsPerWindow", options.RequestsPerWindow, 1, 6000);
        Range(failures, "Dataverse:MaxConcurrentRequests", options.MaxConcurrentRequests, 1, 52);
        Range(failures, "Dataverse:MaxRetryAttempts", options.MaxRetryAttempts, 0, 10);
        Range(failures, "Dataverse:MaxBatchRequests", options.MaxBatchRequests, 1, 1000);
        Range(failures, "Dataverse:UpdateMultipleBatchSize", options.UpdateMultipleBatchSize, 1, 1000);
        Range(failures, "Dataverse:MaxUrlLength", options.MaxUrlLength, 2048, 32_768);
        Range(failures, "Dataverse:MaxBatchUrlLength", options.MaxBatchUrlLength, 2048, 65_536);
        Positive(failures, "Dataverse:RequestWindow", options.RequestWindow);
        Positive(failures, "Dataverse:RetryBaseDelay", options.RetryBaseDelay);
        Positive(failures, "Dataverse:MaxRetryDelay", options.MaxRetryDelay);
        Positive(failures, "Dataverse:MaxRetryAfter", options.MaxRetryAfter);
        Positive(failures, "Dataverse:RequestTimeout", options.RequestTimeout);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(Uri? url, List<string> failures)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            failures.Add("Dataverse:Url is required: an absolute URL such as https://contoso.crm.dynamics.com/.");
        }
        else if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            failures.Add($"Dataverse:Url must use https (only a loopback address may use http); it is {url.Scheme}://{url.Host}.");
        }
        else if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.UserInfo) || url.AbsolutePath.Contains("/api/", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Dataverse:Url must be the environment's URL alone (no query, user information or /api/data path).");
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
