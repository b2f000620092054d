using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;

namespace MsiDynamics.CompanionService.Dataverse.Retention;

/// <summary>Checks <see cref="RetentionOptions"/>: <c>Retention:Days</c> is a whole number of days from 1 to 365.</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public const int MinDays = 1;

    public const int MaxDays = 365;

    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var failures = new List<string>();
        OptionsChecks.Range(failures, "Retention:Days", options.Days, MinDays, MaxDays);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
