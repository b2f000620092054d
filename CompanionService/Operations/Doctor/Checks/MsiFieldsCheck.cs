using MsiDynamics.CompanionService.Marketo.Leads;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// The MSI fields in Marketo's lead describe (marketo.md §4.1): the four msiLastInterestingMoment* fields, priority,
/// relativeUrgency, and the relative score under either name (relativeScore or relativeScoring, D8: one suffices). No
/// msi* field at all means the "MSI Non-Native" feature is off, which only Marketo Support turns on (§4.4 rule 6). Reads
/// the describe the permissions check fetched: no call of its own.
/// </summary>
internal sealed class MsiFieldsCheck : IDoctorCheck
{
    public const string Name = "MSI fields in Marketo";

    private static readonly string[] Required =
    [
        MarketoLeadFields.LastInterestingMomentType, MarketoLeadFields.LastInterestingMomentDate,
        MarketoLeadFields.LastInterestingMomentDesc, MarketoLeadFields.LastInterestingMomentSource,
        MarketoLeadFields.Priority, MarketoLeadFields.RelativeUrgency,
    ];

    public Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (state.LeadDescribe is not { } leads)
        {
            return Task.FromResult(DoctorFinding.Skipped(Name, "Marketo's lead describe (see 'Marketo API permissions')"));
        }

        if (!leads.Fields.Any(f => f.Name.StartsWith("msi", StringComparison.Ordinal)))
        {
            return Task.FromResult(DoctorFinding.Failed(Name, "the lead describe has no msi* field: MSI Non-Native is not enabled on this instance.",
                "MSI Non-Native must be enabled by Marketo Support: open a case with Marketo Support (or ask your Marketo account team), "
                + "giving the instance's Munchkin id; run doctor again once they confirm."));
        }

        var missing = leads.Missing(Required).ToList();
        var score = new[] { MarketoLeadFields.RelativeScore, MarketoLeadFields.RelativeScoring }.FirstOrDefault(n => leads.Field(n) is not null);
        if (score is null)
        {
            missing.Add($"{MarketoLeadFields.RelativeScore} (or {MarketoLeadFields.RelativeScoring})");
        }

        return Task.FromResult(missing.Count == 0
            ? DoctorFinding.Ok(Name, $"every MSI field is in the lead describe (relative score as '{score}').")
            : DoctorFinding.Failed(Name, $"the lead describe lacks {string.Join(", ", missing)}.",
                "Ask Marketo Support to check the MSI Non-Native setup of this instance: these MSI fields should exist once it is enabled."));
    }
}
