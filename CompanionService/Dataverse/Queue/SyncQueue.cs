using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Limits;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Dataverse.Queue;

/// <summary>
/// The outbox as the drain uses it (architecture.md §3.3–3.4). A lease of up to 5000 rows costs two requests: one
/// GET of the due rows, one <c>$batch</c> that claims each with <c>If-Match</c> on its ETag; a completion of
/// any number costs one <c>UpdateMultiple</c> per 1000 rows.
/// </summary>
/// <remarks>
/// Caveat: completion does not check the row version, so complete only while
/// <see cref="QueueLease.IsHeldAt"/> is true; a row whose lease lapsed may have been taken over.
/// </remarks>
public sealed class SyncQueue(DataverseQueries queries, DataverseBatches batches, DataverseBulk bulk, TimeProvider time, ILogger<SyncQueue> logger)
{
    /// <summary>
    /// Claims up to <paramref name="maxRows"/> due rows for <paramref name="owner"/> until now +
    /// <paramref name="duration"/>: Pending, RetryScheduled whose time has come, or InProgress whose lease
    /// lapsed; Live lane first, then oldest first. Rows another worker claims first are left to it.
    /// </summary>
    public async Task<QueueLease> LeaseAsync(string owner, int maxRows, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(owner.Length, 100, nameof(owner));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxRows, DataverseLimits.MaxPageSize);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var expires = now + duration;

        var query = DueRows(now, maxRows);
        var page = await queries.PageAsync(query.ToPath(), query.Preferences(maxRows), "queue.lease", cancellationToken).ConfigureAwait(false);
        if (!page.Outcome.IsSuccess)
        {
            return Logged(QueueLease.Failure(owner, expires, page.Outcome));
        }

        var due = page.Rows.Select(r => (Row: r, Item: LeasedItem.From(r))).Where(r => r.Item is not null && r.Row.ETag is not null).ToList();
        if (due.Count == 0)
        {
            return Logged(new QueueLease(owner, expires, [], 0, 0, 0, page.Outcome));
        }

        var claim = new JsonObject
        {
            [Q.Status] = (int)QueueStatus.InProgress,
            [Q.LeaseOwner] = owner,
            [Q.LeaseExpiresOn] = ODataLiteral.Date(expires),
        };
        var batch = new DataverseBatch { ContinueOnError = true };
        foreach (var (row, item) in due)
        {
            batch.Add(BatchOperation.Update(Q.EntitySetName, item!.Id, (JsonObject)claim.DeepClone(), row.ETag!));
        }

        var result = await batches.ExecuteAsync(batch, "queue.claim", cancellationToken).ConfigureAwait(false);
        var items = due.Zip(result.Results).Where(p => p.Second.Outcome.IsSuccess).Select(p => p.First.Item!).ToList();
        var lost = result.Count(DataverseOutcomeKind.LostRace);
        var outage = result.Results.Select(r => r.Outcome)
            .FirstOrDefault(o => o.Kind is DataverseOutcomeKind.Unavailable or DataverseOutcomeKind.AccessDenied or DataverseOutcomeKind.Rejected
                or DataverseOutcomeKind.NotConfigured or DataverseOutcomeKind.Unknown);
        return Logged(new QueueLease(owner, expires, items, due.Count, lost, due.Count - items.Count - lost, outage ?? page.Outcome));
    }

    /// <summary>Writes the end of each row in one <c>UpdateMultiple</c> per 1000 rows, clearing their leases.</summary>
    public async Task<DataverseBulkResult> CompleteAsync(IReadOnlyList<QueueCompletion> completions, CancellationToken cancellationToken = default)
    {
        if (completions.Count == 0)
        {
            return DataverseBulkResult.Empty;
        }

        var targets = completions.Select(c => new RowUpdate(c.Id, c.ToColumns())).ToList();
        var result = await bulk.UpdateMultipleAsync(DataverseTable.SyncQueueItem, targets, "queue.complete", cancellationToken).ConfigureAwait(false);
        Log.Completed(logger, completions.Count, result.HttpRequests, result.Outcomes.Count(o => !o.IsSuccess));
        return result;
    }

    /// <summary>The lease read: due rows in lane and creation order, the columns the drain needs.</summary>
    public static DataverseQuery DueRows(DateTimeOffset now, int maxRows) =>
        new DataverseQuery(Q.EntitySetName)
            .Select(LeasedItem.Columns)
            .Where(ODataFilter.Or(
                ODataFilter.Eq(Q.Status, QueueStatus.Pending),
                ODataFilter.And(ODataFilter.Eq(Q.Status, QueueStatus.RetryScheduled), ODataFilter.Le(Q.NextAttemptOn, now)),
                ODataFilter.And(ODataFilter.Eq(Q.Status, QueueStatus.InProgress), ODataFilter.Lt(Q.LeaseExpiresOn, now))))
            .OrderBy(Q.Lane)
            .OrderBy(Q.CreatedOn)
            .Take(maxRows)
            .WithPageSize(maxRows);

    private QueueLease Logged(QueueLease lease)
    {
        Log.Leased(logger, lease.Owner, lease.Due, lease.Items.Count, lease.LostRaces, lease.Failed, lease.Outcome.ToString());
        return lease;
    }
}
