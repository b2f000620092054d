using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Configuration;
using MsiDynamics.CompanionService.Marketo;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// Checks <see cref="DrainLeaseOptions"/>: positive durations, a holder name, and the fencing rule of dataverse.md
/// §0.10 — a renewal interval plus the Marketo request time-out must fit inside the lifetime, since the holder starts
/// no Marketo call that could outlast its lease.
/// </summary>
internal sealed class DrainLeaseOptionsValidator(IOptions<MarketoOptions> marketo) : IValidateOptions<DrainLeaseOptions>
{
    /// <summary>The longest holder name: the row's <c>msi_value</c>, expiry and holder, stays within 85 characters.</summary>
    public const int MaxHolderLength = 60;

    public ValidateOptionsResult Validate(string? name, DrainLeaseOptions options)
    {
        var failures = new List<string>();
        OptionsChecks.Positive(failures, "DrainLease:Lifetime", options.Lifetime);
        OptionsChecks.Positive(failures, "DrainLease:RenewalInterval", options.RenewalInterval);
        OptionsChecks.Required(failures, "DrainLease:Holder", options.Holder, "a name for this worker instance, such as its host name");
        OptionsChecks.Range(failures, "DrainLease:Holder length", options.Holder?.Length ?? 0, 0, MaxHolderLength);
        if (options.Holder?.Any(char.IsControl) == true)
        {
            failures.Add("DrainLease:Holder must not contain control characters such as tabs or line breaks.");
        }

        OptionsChecks.Positive(failures, "DrainLease:StandbyPresenceInterval", options.StandbyPresenceInterval);

        var callTimeout = marketo.Value.RequestTimeout;
        if (options.RenewalInterval + callTimeout > options.Lifetime)
        {
            failures.Add("DrainLease:RenewalInterval plus Marketo:RequestTimeout must not exceed DrainLease:Lifetime, "
                + "or the lease holder could start no Marketo call: lengthen DrainLease:Lifetime or shorten the other two.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
