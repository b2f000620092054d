using System.Reflection;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// The solution's tables: msi_syncqueueitem, msi_syncsetting and msi_syncstate exist with every column
/// <see cref="DataverseSchema"/> declares for them (one EntityDefinitions read each), and the solution MsiDynamics is
/// installed (<c>GET solutions?$filter=uniquename eq 'MsiDynamics'</c>, its version reported): four requests.
/// </summary>
internal sealed class SolutionTablesCheck(DoctorDataverse dataverse) : IDoctorCheck
{
    public const string Name = "Solution tables";
    public const string SolutionName = "MsiDynamics";
    private const string Import = "Import the MsiDynamics solution (its current version) into this environment: make.powerapps.com > Solutions > Import.";

    private static readonly (string Table, Type Names)[] Tables =
    [
        (DataverseSchema.SyncQueueItem.EntityName, typeof(DataverseSchema.SyncQueueItem)),
        (DataverseSchema.SyncSetting.EntityName, typeof(DataverseSchema.SyncSetting)),
        (DataverseSchema.SyncState.EntityName, typeof(DataverseSchema.SyncState)),
    ];

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (!state.DataverseReachable)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsDataverse);
        }

        var problems = new List<string>();
        foreach (var (table, names) in Tables)
        {
            var (columns, outcome) = await dataverse.ColumnsAsync(table, cancellationToken).ConfigureAwait(false);
            if (columns is null)
            {
                if (outcome.Kind is not (DataverseOutcomeKind.NotFound or DataverseOutcomeKind.NotConfigured))
                {
                    return DoctorFinding.Failed(Name, $"the definition of {table} could not be read.", DoctorDataverse.Advice(outcome, $"the definition of {table}"));
                }

                problems.Add($"table {table} is missing");
                continue;
            }

            var missing = ColumnsOf(names).Where(c => !columns.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{table} lacks {string.Join(", ", missing)}");
            }
        }

        if (problems.Count > 0)
        {
            return DoctorFinding.Failed(Name, string.Join("; ", problems) + ".", Import);
        }

        var (solutions, found) = await dataverse.ListAsync($"solutions?$select=uniquename,version&$filter=uniquename eq '{SolutionName}'", "solution", cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return DoctorFinding.Warning(Name, "the three tables and their columns are there; the solution list could not be read.", DoctorDataverse.Advice(found, "the solutions"));
        }

        return solutions.Count == 0
            ? DoctorFinding.Warning(Name, $"the three tables and their columns are there, but no solution '{SolutionName}' is installed.", Import)
            : DoctorFinding.Ok(Name, $"solution {SolutionName} {solutions[0].GetString("version")} is installed; msi_syncqueueitem, msi_syncsetting and msi_syncstate have every column the worker uses.");
    }

    // The column names a table's schema class declares: its string constants but its two names.
    private static IEnumerable<string> ColumnsOf(Type names) =>
        names.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name is not ("EntityName" or "EntitySetName"))
            .Select(f => (string)f.GetRawConstantValue()!);
}
