using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Usage;
using MsiDynamics.CompanionService.Sync.Drain;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// Gathers a <see cref="StatusReport"/>. Dataverse: six GETs when the queue is under the 50,000-row aggregate limit
/// (depth aggregate, due-rows aggregate, oldest due row, dead letters by reason, newest dead letters, lease rows), up to
/// 28 over it, and up to 11 more for dead letters (see <see cref="DeadLetterReader"/>); each is one
/// request and one operation. Marketo: one call, <c>stats/usage</c> (plus a token call when none is cached), which
/// counts against the daily quota like any other. Reads only; writes nothing.
/// </summary>
public sealed class StatusReader(
    DataverseQueries queries,
    UsageClient usage,
    DataverseCosts costs,
    IOptions<MarketoOptions> marketo,
    IOptions<DrainOptions> drain,
    TimeProvider time)
{
    /// <summary>Reads everything once; a part that fails is named in <see cref="StatusReport.Problems"/>.</summary>
    public async Task<StatusReport> ReadAsync(CancellationToken cancellationToken = default)
    {
        var (startRequests, startOperations) = (costs.Requests, costs.Operations);
        var now = time.GetUtcNow();
        var problems = new List<string>();
        var aggregates = new QueueAggregates(queries);

        var (depth, depthProblem) = await new QueueDepthReader(aggregates).ReadAsync(cancellationToken).ConfigureAwait(false);
        var (due, dueProblem) = await new DueRowsReader(aggregates).ReadAsync(now, cancellationToken).ConfigureAwait(false);
        var (oldest, oldestProblem) = await OldestDueAsync(now, cancellationToken).ConfigureAwait(false);
        var (dead, deadProblem) = await new DeadLetterReader(queries).ReadAsync(cancellationToken).ConfigureAwait(false);
        var (lease, leaseProblem) = await new LeaseStatusReader(queries).ReadAsync(now, cancellationToken).ConfigureAwait(false);
        var (used, usageProblem) = await UsedTodayAsync(cancellationToken).ConfigureAwait(false);
        problems.AddRange(new[] { depthProblem, dueProblem, oldestProblem, deadProblem, leaseProblem, usageProblem }.OfType<string>());

        var m = marketo.Value;
        var forecast = QuotaForecaster.Forecast(due, used, m.DailyQuota, m.DailyQuotaReserve, drain.Value.BackfillQuotaReserve, m.BatchSize, now);
        var dataverse = CostsToday(lease, now, costs.Requests - startRequests, costs.Operations - startOperations);
        return new StatusReport(now, depth, oldest, due, dead, lease, forecast, dataverse, problems);
    }

    /// <summary>The oldest due row's <c>createdon</c>: the drain's due filter, oldest first, one row.</summary>
    private async Task<(DateTimeOffset? CreatedOn, string? Problem)> OldestDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = new DataverseQuery(Q.EntitySetName).Select(Q.CreatedOn).Where(SyncQueue.DueRows(now).Filter!).OrderBy(Q.CreatedOn).Take(1);
        var page = await queries.PageAsync(query.ToPath(), query.Preferences(1), "status.oldest", cancellationToken).ConfigureAwait(false);
        return page.Outcome.IsSuccess
            ? (page.Rows.FirstOrDefault()?.GetDate(Q.CreatedOn), null)
            : (null, $"The oldest due row could not be read: {page.Outcome}");
    }

    private async Task<(long? Used, string? Problem)> UsedTodayAsync(CancellationToken cancellationToken)
    {
        var page = await usage.GetTodayAsync(cancellationToken).ConfigureAwait(false);
        return page.Call.IsSuccess
            ? (page.Items.Sum(d => d.Total), null)
            : (null, $"Marketo's usage today could not be read: {page.Call}");
    }

    private static DataverseCostsToday CostsToday(LeaseStatus lease, DateTimeOffset now, long commandRequests, long commandOperations)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var workers = new List<WorkerCosts>();
        if (lease.LastHolder is { Costs: { } held } holder && held.Day == today)
        {
            workers.Add(new WorkerCosts(holder.Name, "holder", held.Requests, held.Operations));
        }

        workers.AddRange(lease.Standbys
            .Where(s => s.Costs is { } c && c.Day == today && !workers.Any(w => w.Name == s.Name))
            .Select(s => new WorkerCosts(s.Name, "standby", s.Costs!.Requests, s.Costs.Operations)));
        return new DataverseCostsToday(today, workers, workers.Sum(w => w.Requests), workers.Sum(w => w.Operations), commandRequests, commandOperations);
    }
}
