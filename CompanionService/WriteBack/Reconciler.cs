using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// The full reconcile: every Dynamics lead, then every contact, that has a Marketo lead id, a page of
/// <see cref="WriteBackOptions.ReconcilePageSize"/> at a time in primary-key order, each page refreshed
/// (<see cref="MsiRefresher"/>: Marketo reads of 300, writes only where values differ). The position is saved in
/// <c>msi_syncstate</c> after each page, so an interrupted reconcile — a stop, a crash, another worker taking the lease —
/// resumes after the last page done; a finished one records when.
/// </summary>
internal sealed class Reconciler(PersonRowReader reader, MsiRefresher refresher, WriteBackStateStore state, IOptions<WriteBackOptions> options, TimeProvider time)
{
    /// <summary>
    /// Works through the reconcile from <paramref name="position"/> for at most <paramref name="pageBudget"/> pages (to the
    /// end when null); returns the report with its figures added.
    /// </summary>
    public async Task<WriteBackReport> RunAsync(
        ReconcilePosition position, int? pageBudget, WriteBackReport report, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var saved = await state.SetReconcileAsync(position, cancellationToken).ConfigureAwait(false);
        if (!saved.IsSuccess)
        {
            return report with { Stopped = $"Dataverse: the reconcile's position could not be saved: {saved}" };
        }

        var pages = 0;
        while (position.InProgress)
        {
            if (pageBudget is { } budget && pages >= budget)
            {
                return report with { Reconcile = $"reconcile continues next cycle from {Where(position)}" };
            }

            cancellationToken.ThrowIfCancellationRequested();
            var table = DataverseTable.For(position.Table ?? Schema.DataverseSchema.Lead.EntityName);
            var (rows, read, last, outcome) = await reader.PageAsync(table, position.After, o.ReconcilePageSize, o.Columns, cancellationToken)
                .ConfigureAwait(false);
            if (!outcome.IsSuccess)
            {
                return report with { Stopped = $"Dataverse: {outcome}", Reconcile = $"reconcile stopped at {Where(position)}" };
            }

            var refresh = await refresher.RefreshAsync(rows, o.Columns, cancellationToken).ConfigureAwait(false);
            report = report.Add(refresh, reconciling: true);
            if (refresh.Stop is not null)
            {
                return report with { Reconcile = $"reconcile stopped at {Where(position)}" };
            }

            position = Next(position, table, read, last, o.ReconcilePageSize);
            saved = await state.SetReconcileAsync(position, cancellationToken).ConfigureAwait(false);
            if (!saved.IsSuccess)
            {
                return report with { Stopped = $"Dataverse: the reconcile's position could not be saved: {saved}" };
            }

            pages++;
        }

        return report with { Reconcile = $"reconcile completed ({report.ReconciledPersons} persons this cycle)" };
    }

    /// <summary>The position after a page: further in the table, the next table, or finished.</summary>
    private ReconcilePosition Next(ReconcilePosition position, DataverseTable table, int read, Guid? last, int size)
    {
        if (read >= size && last is not null)
        {
            return position with { Table = table.LogicalName, After = last };
        }

        var index = PersonRowReader.Tables.ToList().FindIndex(t => t.LogicalName == table.LogicalName);
        return index + 1 < PersonRowReader.Tables.Count
            ? position with { Table = PersonRowReader.Tables[index + 1].LogicalName, After = null }
            : position.Complete(time.GetUtcNow());
    }

    private static string Where(ReconcilePosition position) =>
        $"{position.Table} after {position.After?.ToString("D") ?? "the first row"}";
}
