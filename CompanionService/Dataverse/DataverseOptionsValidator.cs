using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;
using MsiDynamics.CompanionService.Dataverse.Limits;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>
/// Checks <see cref="DataverseOptions"/> at start-up: the URL and the limits, against
/// <see cref="DataverseLimits"/>. The credentials are checked by <see cref="Identity.DataverseCredentialsValidator"/>,
/// only when MSAL issues the tokens. Each message names the setting and what to do; none echoes a value.
/// </summary>
internal sealed class DataverseOptionsValidator : IValidateOptions<DataverseOptions>
{
    public ValidateOptionsResult Validate(string? name, DataverseOptions options)
    {
        var failures = new List<string>();
        if (OptionsChecks.BaseUrl(failures, "Dataverse:Url", options.Url, "https://contoso.crm.dynamics.com/")
            && (!string.IsNullOrEmpty(options.Url!.Query) || !string.IsNullOrEmpty(options.Url.UserInfo)
                || options.Url.AbsolutePath.Contains("/api/", StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add("Dataverse:Url must be the environment's URL alone (no query, user information or /api/data path).");
        }

        OptionsChecks.Range(failures, "Dataverse:MaxPageSize", options.MaxPageSize, 1, DataverseLimits.MaxPageSize);
        OptionsChecks.Range(failures, "Dataverse:RequestsPerWindow", options.RequestsPerWindow, 1, DataverseLimits.RequestsPerWindow);
        OptionsChecks.Range(failures, "Dataverse:MaxConcurrentRequests", options.MaxConcurrentRequests, 1, DataverseLimits.ConcurrentRequests);
        OptionsChecks.Range(failures, "Dataverse:MaxRetryAttempts", options.MaxRetryAttempts, 0, 10);
        OptionsChecks.Range(failures, "Dataverse:MaxBatchRequests", options.MaxBatchRequests, 1, DataverseLimits.BatchRequests);
        OptionsChecks.Range(failures, "Dataverse:UpdateMultipleBatchSize", options.UpdateMultipleBatchSize, 1, DataverseLimits.UpdateMultipleTargets);
        OptionsChecks.Range(failures, "Dataverse:UpdateFallbackBatchSize", options.UpdateFallbackBatchSize, 1, DataverseLimits.BatchRequests);
        OptionsChecks.Range(failures, "Dataverse:MaxUrlLength", options.MaxUrlLength, 2048, DataverseLimits.MaxUrlLength);
        OptionsChecks.Range(failures, "Dataverse:MaxBatchUrlLength", options.MaxBatchUrlLength, 2048, DataverseLimits.MaxBatchUrlLength);
        OptionsChecks.Positive(failures, "Dataverse:RequestWindow", options.RequestWindow);
        OptionsChecks.Positive(failures, "Dataverse:RetryBaseDelay", options.RetryBaseDelay);
        OptionsChecks.Positive(failures, "Dataverse:MaxRetryDelay", options.MaxRetryDelay);
        OptionsChecks.Positive(failures, "Dataverse:MaxRetryAfter", options.MaxRetryAfter);
        OptionsChecks.Positive(failures, "Dataverse:RequestTimeout", options.RequestTimeout);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
