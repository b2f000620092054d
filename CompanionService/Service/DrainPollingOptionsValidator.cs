using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;

namespace MsiDynamics.CompanionService.Service;

/// <summary>Checks <see cref="DrainPollingOptions"/>: positive durations, the first delay no longer than the idle interval.</summary>
internal sealed class DrainPollingOptionsValidator : IValidateOptions<DrainPollingOptions>
{
    public ValidateOptionsResult Validate(string? name, DrainPollingOptions options)
    {
        var failures = new List<string>();
        OptionsChecks.Positive(failures, "Drain:IdleInterval", options.IdleInterval);
        OptionsChecks.Positive(failures, "Drain:FirstIdleDelay", options.FirstIdleDelay);
        if (options.IdleInterval > TimeSpan.Zero && options.FirstIdleDelay > options.IdleInterval)
        {
            failures.Add("Drain:FirstIdleDelay must not exceed Drain:IdleInterval: shorten it or lengthen Drain:IdleInterval.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
