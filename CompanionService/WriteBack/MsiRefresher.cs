using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Marketo.Leads;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// Brings the MSI values of some Dynamics persons up to date: reads their Marketo leads by id, 300 a call through
/// <c>POST …/leads.json?_method=GET</c> with every MSI field named, <c>relativeScore</c> and <c>relativeScoring</c> both
/// (marketo.md D2, D8), plans each row's changed columns (<see cref="MsiUpdatePlanner"/>) and writes them with
/// <c>UpdateMultiple</c>, fitted to the columns (<see cref="MsiColumnsWriter"/>, dataverse.md §0.14). A lead whose value
/// cannot be read fails that lead's rows only (marketo.md D11); a row already holding Marketo's values is not written.
/// </summary>
internal sealed class MsiRefresher(LeadsClient leads, ColumnLimitsReader limits, MsiColumnsWriter writer)
{
    /// <summary>Refreshes <paramref name="rows"/>.</summary>
    public async Task<RefreshResult> RefreshAsync(IReadOnlyList<PersonRow> rows, WriteBackColumns columns, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return RefreshResult.Nothing;
        }

        var page = await leads.GetByIdsAsync([.. rows.Select(r => r.MarketoLeadId).Distinct()], MarketoLeadFields.Msi, cancellationToken)
            .ConfigureAwait(false);
        if (!page.Call.IsSuccess)
        {
            return RefreshResult.Stopped(page.Call);
        }

        var byId = page.Items.GroupBy(l => l.Id).ToDictionary(g => g.Key, g => g.First());
        var failures = new List<string>();
        var updates = new List<MsiColumnsUpdate>();
        int unchanged = 0, notInMarketo = 0;
        foreach (var table in rows.Select(r => r.Table).Distinct())
        {
            var (fit, read) = await limits.ReadAsync(table, cancellationToken).ConfigureAwait(false);
            if (fit is null)
            {
                return RefreshResult.Stopped(read);
            }

            foreach (var row in rows.Where(r => r.Table == table))
            {
                if (!byId.TryGetValue(row.MarketoLeadId, out var lead))
                {
                    notInMarketo++;
                    continue;
                }

                var values = lead.Msi;
                if (values.Unreadable is { } why)
                {
                    failures.Add($"{row}: left as it was, Marketo's value could not be read ({why}).");
                    continue;
                }

                if (MsiUpdatePlanner.Plan(row, values, columns, fit) is { } update)
                {
                    updates.Add(update);
                }
                else
                {
                    unchanged++;
                }
            }
        }

        return await WriteAsync(updates, page.Items.Count, unchanged, notInMarketo, failures, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RefreshResult> WriteAsync(
        List<MsiColumnsUpdate> updates, int read, int unchanged, int notInMarketo, List<string> failures, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return new RefreshResult(read, 0, 0, unchanged, notInMarketo, failures, null);
        }

        var result = await writer.WriteAsync(updates, cancellationToken).ConfigureAwait(false);
        int written = 0, columns = 0;
        for (var i = 0; i < updates.Count; i++)
        {
            if (result.Outcomes[i].IsSuccess)
            {
                written++;
                columns += updates[i].Columns.Count;
            }
            else
            {
                failures.Add($"{updates[i]}: not written: {result.Outcomes[i]}");
            }
        }

        // Dataverse itself out of reach stops the step, so the caller keeps its position and tries again later.
        var outage = result.Outcomes.FirstOrDefault(o => o.Kind is Dataverse.Errors.DataverseOutcomeKind.Unavailable);
        return new RefreshResult(read, written, columns, unchanged, notInMarketo, failures, outage is null ? null : $"Dataverse: {outage}");
    }
}
