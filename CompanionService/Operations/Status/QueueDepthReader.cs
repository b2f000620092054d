using System.Globalization;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// The queue's depth by status and lane. First one aggregate over the whole table (one request); when Dataverse refuses
/// it for its 50,000-row limit, one aggregate per status and lane (ten requests), and a status-and-lane pair that is
/// itself over the limit is reported as <c>50,000+</c>. Pairs with no rows are listed with 0.
/// </summary>
internal sealed class QueueDepthReader(QueueAggregates aggregates)
{
    public async Task<(IReadOnlyList<QueueCount> Counts, string? Problem)> ReadAsync(CancellationToken cancellationToken)
    {
        var whole = await aggregates.CountAsync(null, [Q.Status, Q.Lane], "status.depth", cancellationToken).ConfigureAwait(false);
        if (whole.Outcome.IsSuccess)
        {
            var counted = whole.Groups
                .Select(g => new QueueCount(QueueLabels.Status(Number(g.Values[0])), QueueLabels.Lane(Number(g.Values[1])), g.Count, false))
                .ToList();
            return (WithEmptyPairs(counted), null);
        }

        if (!whole.OverLimit)
        {
            return ([], $"The queue depth could not be read: {whole.Outcome}");
        }

        var cells = new List<QueueCount>();
        foreach (var status in QueueLabels.Statuses)
        {
            foreach (var lane in QueueLabels.Lanes)
            {
                var filter = ODataFilter.And(ODataFilter.Eq(Q.Status, (int)status), ODataFilter.Eq(Q.Lane, (int)lane));
                var cell = await aggregates.CountAsync(filter, [], "status.depth.cell", cancellationToken).ConfigureAwait(false);
                if (!cell.Outcome.IsSuccess && !cell.OverLimit)
                {
                    return (cells, $"The queue depth could not be read: {cell.Outcome}");
                }

                cells.Add(cell.OverLimit
                    ? new QueueCount(status.ToString(), lane.ToString(), QueueAggregates.AggregateLimit, true)
                    : new QueueCount(status.ToString(), lane.ToString(), cell.Groups.Sum(g => g.Count), false));
            }
        }

        return (cells, null);
    }

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Every current status in both lanes, 0 where none were counted; any other pair (a row without a lane) after them.</summary>
    private static List<QueueCount> WithEmptyPairs(List<QueueCount> counted)
    {
        var all = new List<QueueCount>();
        foreach (var status in QueueLabels.Statuses)
        {
            foreach (var lane in QueueLabels.Lanes)
            {
                var found = counted.Where(c => c.Status == status.ToString() && c.Lane == lane.ToString()).Sum(c => c.Count);
                all.Add(new QueueCount(status.ToString(), lane.ToString(), found, false));
            }
        }

        all.AddRange(counted.Where(c => !all.Any(a => a.Status == c.Status && a.Lane == c.Lane)));
        return all;
    }
}
