using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Settings;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Operations.Status;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// <c>backfill &lt;table|all&gt;</c>: queues an Upsert in the Backfill lane for every existing record, so the drain sends
/// what was in Dynamics before the integration (the lease takes Live rows first, and pauses Backfill rows while the
/// quota reserve is held). Per table: skipped when its sync is switched off in <c>msi_syncsetting</c>; else pages
/// through it in id order (<c>$filter=id gt last&amp;$orderby=id&amp;$top=page</c>), and per page asks which records
/// already have a due Backfill row, creates the others' rows in one <c>CreateMultiple</c>, and stores the last id in
/// <c>msi_syncstate</c> (<see cref="BackfillPosition"/>). Killed anywhere, the next run resumes at the stored page, and
/// the check keeps a page whose rows were created before the kill from being queued twice. Per 500 records: 4 requests
/// (page, check, create, position) and 503 operations.
/// </summary>
internal sealed class BackfillRunner(
    DataverseQueries queries, SyncSettingsReader settings, SyncStateStore states, DataverseTransport transport, DataverseCosts costs,
    Marketo.Usage.UsageClient usage, Microsoft.Extensions.Options.IOptions<Marketo.MarketoOptions> marketo,
    Microsoft.Extensions.Options.IOptions<Sync.Drain.DrainOptions> drain, TimeProvider time)
{
    private readonly BackfillQueue _queue = new(queries, transport);
    private readonly BackfillForecast _forecast = new(usage, marketo, drain, time);

    /// <summary>Runs <paramref name="table"/> (a table's logical name, or <c>all</c> in dependency order); stops at the first table that fails.</summary>
    public async Task<IReadOnlyList<BackfillTableResult>> RunAsync(string table, BackfillOptions options, IBackfillProgress progress, CancellationToken cancellationToken)
    {
        var tables = BackfillTables.For(table);
        if (tables.Count == 0)
        {
            throw new ArgumentException($"'{table}' is not a table backfill knows; use one of {string.Join(", ", BackfillTables.Names)}.", nameof(table));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.PageSize, BackfillOptions.MaxPageSize);
        var switches = await settings.ReadAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<BackfillTableResult>();
        foreach (var t in tables)
        {
            var result = !switches.Outcome.IsSuccess
                ? Result(t.LogicalName, failure: $"The sync settings (msi_syncsetting) could not be read, so nothing was queued: {switches.Outcome}")
                : !switches.IsEnabled(t.LogicalName)
                ? Result(t.LogicalName, skipped: $"sync of {t.LogicalName} is switched off in the sync settings (msi_syncsetting); switch it on to backfill it")
                : await RunTableAsync(t, options, progress, cancellationToken).ConfigureAwait(false);
            progress.Ended(result);
            results.Add(result);
            if (result.Failure is not null)
            {
                break;
            }
        }

        return results;
    }

    private async Task<BackfillTableResult> RunTableAsync(BackfillTable table, BackfillOptions options, IBackfillProgress progress, CancellationToken ct)
    {
        var (startRequests, startOperations) = (costs.Requests, costs.Operations);
        var name = BackfillPosition.StateName(table.LogicalName);
        var entry = await states.GetAsync(name, ct).ConfigureAwait(false);
        if (!entry.Outcome.IsSuccess)
        {
            return Result(table.LogicalName, failure: $"Its position ({name} in msi_syncstate) could not be read: {entry.Outcome}");
        }

        var stored = BackfillPosition.Parse(entry.Value);
        var resumed = stored is { Done: false } && !options.Restart;
        var position = resumed ? stored! : BackfillPosition.Start();
        var context = await ContextAsync(table, ct).ConfigureAwait(false);
        var remaining = await RemainingAsync(table, position.After, ct).ConfigureAwait(false);
        progress.Started(table.LogicalName, remaining, resumed, await _forecast.ForAsync(table.LogicalName, remaining, ct).ConfigureAwait(false));
        var (enqueued, alreadyQueued) = (0L, 0L);
        BackfillTableResult Stop(string failure) => new(
            table.LogicalName, enqueued, alreadyQueued, resumed, false, null, failure, costs.Requests - startRequests, costs.Operations - startOperations);

        while (true)
        {
            var query = PageQuery(table, position.After, options.PageSize);
            var page = await queries.PageAsync(query.ToPath(), query.Preferences(options.PageSize), $"backfill.{table.LogicalName}", ct).ConfigureAwait(false);
            if (!page.Outcome.IsSuccess)
            {
                return Stop($"Reading {table.LogicalName} failed: {page.Outcome}");
            }

            if (page.Rows.Count > 0)
            {
                var items = page.Rows.Select(r => table.ToItem(r, context)).OfType<BackfillItem>().DistinctBy(i => i.RecordId).ToList();
                var (queued, checkOutcome) = items.Count == 0
                    ? ([], DataverseOutcome.Succeeded(200))
                    : await _queue.AlreadyQueuedAsync(table.LogicalName, [.. items.Select(i => i.RecordId)], ct).ConfigureAwait(false);
                if (!checkOutcome.IsSuccess)
                {
                    return Stop($"Checking the queue failed: {checkOutcome}");
                }

                var create = items.Where(i => !queued.Contains(i.RecordId)).ToList();
                if (create.Count > 0 && await _queue.CreateAsync(table.LogicalName, create, position.Run, ct).ConfigureAwait(false) is { IsSuccess: false } created)
                {
                    return Stop($"Queuing {create.Count} rows failed (none of them was queued): {created}");
                }

                (enqueued, alreadyQueued) = (enqueued + create.Count, alreadyQueued + queued.Count);
                position = position with
                {
                    After = page.Rows[^1].GetGuid(table.PrimaryKey), Enqueued = position.Enqueued + create.Count, AlreadyQueued = position.AlreadyQueued + queued.Count,
                };
            }

            var last = page.Rows.Count < options.PageSize;
            if (last)
            {
                position = position with { Done = true };
            }

            var (saved, next) = await SaveAsync(name, position, entry, ct).ConfigureAwait(false);
            if (!saved.IsSuccess)
            {
                return Stop($"Storing its position ({name} in msi_syncstate) failed; the next run repeats this page, queuing nothing twice: {saved}");
            }

            entry = next;
            progress.Paged(table.LogicalName, page.Rows.Count, enqueued, alreadyQueued);
            if (last)
            {
                return new BackfillTableResult(
                    table.LogicalName, enqueued, alreadyQueued, resumed, true, null, null, costs.Requests - startRequests, costs.Operations - startOperations);
            }
        }
    }

    private static DataverseQuery PageQuery(BackfillTable table, Guid? after, int pageSize)
    {
        var filters = new[] { table.Filter, after is { } a ? ODataFilter.Gt(table.PrimaryKey, a) : null }.OfType<ODataFilter>().ToArray();
        var query = new DataverseQuery(table.EntitySetName).Select(table.Columns).OrderBy(table.PrimaryKey).Take(pageSize);
        return filters.Length == 0 ? query : query.Where(filters.Length == 1 ? filters[0] : ODataFilter.And(filters));
    }

    /// <summary>Stores the position: updates the row (any version), or creates it and reads back its id for the next page.</summary>
    private async Task<(DataverseOutcome Outcome, SyncStateEntry Entry)> SaveAsync(string name, BackfillPosition position, SyncStateEntry entry, CancellationToken ct)
    {
        var outcome = await states.SetAsync(name, position.ToString(), entry with { ETag = null }, ct).ConfigureAwait(false);
        if (!outcome.IsSuccess || entry.Exists)
        {
            return (outcome, entry);
        }

        var created = await states.GetAsync(name, ct).ConfigureAwait(false);
        return (created.Outcome, created);
    }

    /// <summary>Records left after <paramref name="after"/>: one aggregate; null over Dataverse's 50,000-row limit or on failure (the bar then has no end).</summary>
    private async Task<long?> RemainingAsync(BackfillTable table, Guid? after, CancellationToken ct)
    {
        var filters = new[] { table.Filter, after is { } a ? ODataFilter.Gt(table.PrimaryKey, a) : null }.OfType<ODataFilter>().ToArray();
        var filter = filters.Length == 0 ? null : filters.Length == 1 ? filters[0] : ODataFilter.And(filters);
        var answer = await new QueueAggregates(queries).CountAsync(filter, [], "backfill.count", ct, table.EntitySetName).ConfigureAwait(false);
        return answer.Outcome.IsSuccess ? answer.Groups.Sum(g => g.Count) : null;
    }

    /// <summary>For connections, every connection role's name by id (one GET; a handful of rows), as the plug-in's payload names the role.</summary>
    private async Task<BackfillContext> ContextAsync(BackfillTable table, CancellationToken ct)
    {
        if (table.LogicalName != DataverseSchema.Connection.EntityName)
        {
            return BackfillContext.Empty;
        }

        var query = new DataverseQuery(DataverseSchema.ConnectionRole.EntitySetName).Select(DataverseSchema.ConnectionRole.Id, DataverseSchema.ConnectionRole.Name);
        var (rows, _) = await queries.ListAsync(query, "backfill.roles", ct).ConfigureAwait(false);
        return new BackfillContext(rows
            .Where(r => r.GetGuid(DataverseSchema.ConnectionRole.Id) is not null && r.GetString(DataverseSchema.ConnectionRole.Name) is not null)
            .ToDictionary(r => r.GetGuid(DataverseSchema.ConnectionRole.Id)!.Value, r => r.GetString(DataverseSchema.ConnectionRole.Name)!));
    }

    private static BackfillTableResult Result(string table, string? skipped = null, string? failure = null) =>
        new(table, 0, 0, false, false, skipped, failure, 0, 0);
}
