using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Metadata;

namespace MsiDynamics.CompanionService.Dataverse.Records;

/// <summary>
/// Writes MSI values home (architecture.md §3.5): one <c>UpdateMultiple</c> per table per 1000 rows. The plug-in
/// steps do not filter on these columns, so the writes never re-enter the queue (Decision 5). Text values are cut to
/// the lengths the table's definitions state (dataverse.md §0.14, read once per table per process by
/// <see cref="ColumnLimitsReader"/>: two GETs the first time), so a long interesting-moment description never makes
/// Dataverse refuse a whole call. When those lengths cannot be read, that table's updates are not sent and carry why.
/// </summary>
public sealed class MsiColumnsWriter(DataverseBulk bulk, ColumnLimitsReader limits)
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
            var (fit, read) = await limits.ReadAsync(table, cancellationToken).ConfigureAwait(false);
            if (fit is null)
            {
                indexes.ForEach(i => outcomes[i] = read);
                continue;
            }

            var result = await bulk.UpdateMultipleAsync(
                table, [.. indexes.Select(i => updates[i].ToTarget(fit))], $"{table}.msi", cancellationToken).ConfigureAwait(false);
            requests += result.HttpRequests;
            for (var j = 0; j < indexes.Count; j++)
            {
                outcomes[indexes[j]] = result.Outcomes[j];
            }
        }

        return new DataverseBulkResult(outcomes, requests);
    }
}
