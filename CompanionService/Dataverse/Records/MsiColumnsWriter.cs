using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Records;

/// <summary>
/// Writes MSI values home (architecture.md §3.5): one <c>UpdateMultiple</c> per table per 1000 rows. The plug-in
/// steps do not filter on these columns, so the writes never re-enter the queue (Decision 5).
/// </summary>
public sealed class MsiColumnsWriter(DataverseBulk bulk)
{
    /// <summary>Writes <paramref name="updates"/>; the result has one outcome per update, in input order.</summary>
    public async Task<DataverseBulkResult> WriteAsync(IReadOnlyList<MsiColumnsUpdate> updates, CancellationToken cancellationToken = default)
    {
        if (updates.Any(u => u.Table != DataverseTable.Lead && u.Table != DataverseTable.Contact))
        {
            throw new ArgumentException("MSI columns exist on lead and contact only.", nameof(updates));
        }

        var outcomes = new DataverseOutcome[updates.Count];
        var requests = 0;
        foreach (var table in updates.Select(u => u.Table).Distinct())
        {
            var indexes = Enumerable.Range(0, updates.Count).Where(i => updates[i].Table == table).ToList();
            var result = await bulk.UpdateMultipleAsync(
                table, [.. indexes.Select(i => updates[i].ToTarget())], $"{table}.msi", cancellationToken).ConfigureAwait(false);
            requests += result.HttpRequests;
            for (var j = 0; j < indexes.Count; j++)
            {
                outcomes[indexes[j]] = result.Outcomes[j];
            }
        }

        return new DataverseBulkResult(outcomes, requests);
    }
}
