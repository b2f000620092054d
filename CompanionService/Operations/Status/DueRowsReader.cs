using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// The due rows (the drain's own filter, <see cref="SyncQueue.DueRows"/>) by table and lane, for the Marketo forecast:
/// one aggregate; over Dataverse's 50,000-row limit, one per synced table and lane (twelve), a pair over the limit
/// counted as 50,000 and marked a lower bound.
/// </summary>
internal sealed class DueRowsReader(QueueAggregates aggregates)
{
    /// <summary>The tables whose rows the drain pushes, in dependency order (architecture.md §1).</summary>
    public static readonly string[] Tables =
    [
        DataverseSchema.SystemUser.EntityName, DataverseSchema.Account.EntityName, DataverseSchema.Lead.EntityName,
        DataverseSchema.Contact.EntityName, DataverseSchema.Opportunity.EntityName, DataverseSchema.Connection.EntityName,
    ];

    public async Task<(IReadOnlyList<DueRows> Rows, string? Problem)> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = SyncQueue.DueRows(now).Filter!;
        var whole = await aggregates.CountAsync(due, [Q.Entity, Q.Lane], "status.due", cancellationToken).ConfigureAwait(false);
        if (whole.Outcome.IsSuccess)
        {
            return ([.. whole.Groups.Select(g => new DueRows(g.Values[0] ?? "None", QueueLabels.Lane(Number(g.Values[1])), g.Count, false))], null);
        }

        if (!whole.OverLimit)
        {
            return ([], $"The due rows could not be counted: {whole.Outcome}");
        }

        var rows = new List<DueRows>();
        foreach (var table in Tables)
        {
            foreach (var lane in QueueLabels.Lanes)
            {
                var filter = ODataFilter.And(due, ODataFilter.Eq(Q.Entity, table), ODataFilter.Eq(Q.Lane, (int)lane));
                var cell = await aggregates.CountAsync(filter, [], "status.due.cell", cancellationToken).ConfigureAwait(false);
                if (!cell.Outcome.IsSuccess && !cell.OverLimit)
                {
                    return (rows, $"The due rows could not be counted: {cell.Outcome}");
                }

                rows.Add(new DueRows(table, lane.ToString(), cell.OverLimit ? QueueAggregates.AggregateLimit : cell.Groups.Sum(g => g.Count), cell.OverLimit));
            }
        }

        return (rows, null);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
