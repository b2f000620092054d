using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.SystemTables;

/// <summary>
/// Leaves tables and columns out of the served metadata (<see cref="DataverseEmulatorOptions.AbsentSchema"/>): an
/// organisation where the solution is missing, or only partly there, for the readiness check's tests.
/// </summary>
internal static class AbsentSchema
{
    public static EntitySets Remove(EntitySets sets, IList<string> absent)
    {
        if (absent.Count == 0)
        {
            return sets;
        }

        var tables = absent.Where(a => !a.Contains('.', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var columns = absent.Where(a => a.Contains('.', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return EntitySets.Of(sets.All
            .Where(t => !tables.Contains(t.LogicalName))
            .Select(t => new TableMetadata(t.LogicalName, t.EntitySetName, t.AlternateKey,
                t.Columns.Where(c => !columns.Contains(t.LogicalName + "." + c.LogicalName)))
            {
                PrimaryNameAttribute = t.PrimaryNameAttribute,
                SupportsBulkMessages = t.SupportsBulkMessages,
            }));
    }
}
