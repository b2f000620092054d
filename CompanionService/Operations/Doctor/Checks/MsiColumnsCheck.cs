using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// The MSI columns of lead and contact (architecture.md §4: msi_lastinterestingmoment*, msi_priority,
/// msi_relativeurgency, msi_relativescore, msi_marketoleadid), which the write-back fills: one EntityDefinitions read
/// per table, two requests.
/// </summary>
internal sealed class MsiColumnsCheck(DoctorDataverse dataverse) : IDoctorCheck
{
    public const string Name = "MSI columns on lead and contact";

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (!state.DataverseReachable)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsDataverse);
        }

        var problems = new List<string>();
        foreach (var table in new[] { DataverseSchema.Lead.EntityName, DataverseSchema.Contact.EntityName })
        {
            var (columns, outcome) = await dataverse.ColumnsAsync(table, cancellationToken).ConfigureAwait(false);
            if (columns is null)
            {
                return outcome.Kind is DataverseOutcomeKind.NotFound or DataverseOutcomeKind.NotConfigured
                    ? DoctorFinding.Failed(Name, $"this environment has no {table} table.", "MSI needs the Dynamics 365 Sales tables: install Sales in this environment.")
                    : DoctorFinding.Failed(Name, $"the definition of {table} could not be read.", DoctorDataverse.Advice(outcome, $"the definition of {table}"));
            }

            var missing = DataverseSchema.MsiColumns.All.Where(c => !columns.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{table} lacks {string.Join(", ", missing)}");
            }
        }

        return problems.Count == 0
            ? DoctorFinding.Ok(Name, $"lead and contact have all {DataverseSchema.MsiColumns.All.Length} MSI columns.")
            : DoctorFinding.Failed(Name, string.Join("; ", problems) + ".",
                "Import the MsiDynamics solution's current version: it adds these columns to lead and contact.");
    }
}
