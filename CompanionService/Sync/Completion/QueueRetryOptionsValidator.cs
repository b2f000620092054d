using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;

namespace MsiDynamics.CompanionService.Sync.Completion;

/// <summary>Checks <see cref="QueueRetryOptions"/>: positive delays, the base within the cap, at least one attempt.</summary>
internal sealed class QueueRetryOptionsValidator : IValidateOptions<QueueRetryOptions>
{
    /// <summary>More than this many attempts would keep a failing row alive for weeks at the capped delay.</summary>
    public const int MostAttempts = 1000;

    public ValidateOptionsResult Validate(string? name, QueueRetryOptions options)
    {
        var failures = new List<string>();
        OptionsChecks.Positive(failures, "QueueRetry:BaseDelay", options.BaseDelay);
        OptionsChecks.Positive(failures, "QueueRetry:MaxDelay", options.MaxDelay);
        OptionsChecks.Range(failures, "QueueRetry:MaxAttempts", options.MaxAttempts, 1, MostAttempts);
        if (options.BaseDelay > options.MaxDelay)
        {
            failures.Add("QueueRetry:BaseDelay must not exceed QueueRetry:MaxDelay: raise the cap or lower the base.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
