using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Settings;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// One cycle of the drain (architecture.md §3.10), stage by stage: read a batch of due rows, collapse them per record,
/// settle what is switched off or paused, read the records' current state in bulk, map them, close over references
/// Marketo lacks, push each object type in order, then complete every row in bulk.
/// </summary>
internal sealed class DrainCycle(
    IWorkSource source, SyncSettingsReader settings, RecordStateReader state, IMarketoReferenceCheck check, KnownInMarketo known,
    MarketoClient marketo, MarketoDescribes describes, ContactLeadIds leadIds, SharedAddresses addresses, CycleCompletion completion,
    DataverseQueries queries, DataverseCosts costs, IOptions<DrainOptions> options, IOptions<MarketoOptions> marketoOptions,
    IOptions<DataverseOptions> dataverseOptions, MarketoTransport transport) : IDrainCycle
{
    private static readonly MarketoObjectType[] Order =
        [MarketoObjectType.SalesPersons, MarketoObjectType.Companies, MarketoObjectType.Leads, MarketoObjectType.Opportunities];

    public async Task<DrainCycleReport> RunAsync(CancellationToken tenure)
    {
        var start = (costs.Requests, costs.Operations, marketo.Quota.Used);
        DueBatch? batch = null;
        await foreach (var first in source.ReadDueAsync(tenure).ConfigureAwait(false))
        {
            batch = first;
            break;
        }

        if (batch is null || (batch.Rows.Count == 0 && batch.Unreadable.Count == 0 && batch.Outcome.IsSuccess))
        {
            return DrainCycleReport.Idle(marketo.Quota, costs.Requests - start.Requests, costs.Operations - start.Operations);
        }

        if (!batch.Outcome.IsSuccess)
        {
            return Report(start, 0, [], DrainStop.DataverseUnavailable);
        }

        var work = QueueCollapse.Collapse(batch.Rows);
        var cycle = work.ToDictionary(w => w.Record, w => new CycleRecord(w.Record, w));
        // A full page means more rows are due: partial calls then wait for the next cycle.
        var more = batch.Rows.Count + batch.Unreadable.Count >= Math.Min(options.Value.RowsPerCycle, dataverseOptions.Value.MaxPageSize);
        var pushes = new CyclePushes(marketo, describes, known, more ? marketoOptions.Value.BatchSize : 0);
        DrainStop? stop = null;
        try
        {
            await PushAsync(cycle, pushes, tenure).ConfigureAwait(false);
            stop = pushes.Stop;
        }
        catch (DrainDataverseException)
        {
            stop = DrainStop.DataverseUnavailable;
        }
        catch (MarketoReadFailedException failed)
        {
            pushes.Note(failed.Outcome);
            stop = pushes.Stop ?? DrainStop.RunStopped;
        }
        catch (OperationCanceledException) when (tenure.IsCancellationRequested)
        {
            stop = DrainStop.LeaseLost;
        }

        if (tenure.IsCancellationRequested)
        {
            // Another worker may hold the queue now: write nothing; the rows stay due and their re-push is idempotent.
            return Report(start, batch.Rows.Count + batch.Unreadable.Count, [], DrainStop.LeaseLost);
        }

        var open = stop == DrainStop.QuotaExhausted ? PushOutcome.QuotaExhausted("Marketo's daily quota is spent.") : PushOutcome.RunStopped($"The cycle stopped: {stop}");
        foreach (var record in cycle.Values.Where(r => r.IsOpen))
        {
            record.Settle(open);
        }

        var results = await completion.CompleteAsync(
            [.. work.Select(w => cycle[w.Record])], batch.Unreadable, CancellationToken.None, [.. cycle.Values.Where(r => r.Work is null)]).ConfigureAwait(false);
        return Report(start, batch.Rows.Count + batch.Unreadable.Count, results, stop ?? (results.Count > 0 && results.All(r => r.End == QueueStatus.Pending) ? DrainStop.BackfillPaused : null));
    }

    private async Task PushAsync(Dictionary<RecordKey, CycleRecord> cycle, CyclePushes pushes, CancellationToken tenure)
    {
        var drain = options.Value;
        var enabled = await settings.ReadAsync(tenure).ConfigureAwait(false);
        if (!enabled.Outcome.IsSuccess)
        {
            throw new DrainDataverseException($"Reading the sync settings failed: {enabled.Outcome}");
        }

        var reserveHeld = ReserveHeld(drain);
        var deletes = new DeleteStage(pushes, marketo, drain, new FieldsQuery(transport));
        var toDelete = new HashSet<CycleRecord>();
        var roleDeletes = new List<CycleRecord>();
        foreach (var record in cycle.Values.ToList())
        {
            var work = record.Work!;
            if (!enabled.IsEnabled(SettingOf(record.Key.Entity)))
            {
                record.Settle(PushOutcome.EntityDisabled);
            }
            else if (reserveHeld && work.Lane == QueueLane.Backfill)
            {
                record.Settle(PushOutcome.RunStopped(CycleCompletion.BackfillPaused));
            }
            else if (work.Intent == QueueOperation.Delete && deletes.Deletes(record, "deleted in Dynamics"))
            {
                if (record.Key.Entity == DataverseSchema.Connection.EntityName) { roleDeletes.Add(record); } else { toDelete.Add(record); }
            }
        }

        var renames = new RoleRenames(queries);
        await renames.ExpandAsync([.. cycle.Values.Where(r => r.Key.Entity == DataverseSchema.ConnectionRole.EntityName)], cycle, tenure).ConfigureAwait(false);
        var upserts = cycle.Values.Where(r => r.IsOpen && r.Work is { Intent: QueueOperation.Upsert } && r.Key.Entity != DataverseSchema.ConnectionRole.EntityName).ToList();
        var (rows, _) = await ReadOrThrowAsync(upserts.Select(r => r.Key), tenure).ConfigureAwait(false);
        foreach (var record in upserts)
        {
            if (!rows.TryGetValue(record.Key, out var row))
            {
                record.Settle(PushOutcome.RecordGone);
                continue;
            }

            record.Row = row;
            // A merged-away account stays a company: a Merge re-parents its contacts and opportunities but not its leads
            // (dataverse.md §0.11), which still name it.
            if (RecordStateReader.IsMerged(row) && record.Key.Entity != DataverseSchema.Account.EntityName)
            {
                if (deletes.Deletes(record, "merged into another record, which stands for it now"))
                {
                    toDelete.Add(record);
                }

                continue;
            }

            record.PreviousRole = record.Work!.Rows.Select(r => RolePayload.Read(r.Payload, "previous")).FirstOrDefault(p => p is not null);
        }

        List<CycleRecord> toMap = [.. upserts.Where(r => r.IsOpen && r.Row is not null && !toDelete.Contains(r))];
        await FindEarlierPushesAsync(toMap, tenure).ConfigureAwait(false);
        foreach (var record in toMap)
        {
            CycleMapping.Map(record);
        }

        await addresses.ApplyAsync(cycle.Values, tenure).ConfigureAwait(false);
        var referenced = new DataverseReferencedRows(state);
        var closure = await new ReferenceClosure(check, referenced, known)
            .CloseAsync([.. cycle.Values.Where(r => r.IsOpen && !toDelete.Contains(r) && r.References.Count > 0).Select(r => r.AsReferring())], tenure)
            .ConfigureAwait(false);
        foreach (var key in closure.PushFirst)
        {
            cycle.TryAdd(key, referenced.Read[key]);
        }

        var gate = new ReferenceGate(cycle, closure.Dangling);
        pushes.Referenced = cycle.Values.SelectMany(r => r.References).ToHashSet();
        var categories = new RoleCategories(queries);
        var roles = new RoleStage(leadIds, categories, pushes, marketo);
        var connections = cycle.Values.Where(r => r.Key.Entity == DataverseSchema.Connection.EntityName && r.Row is not null).ToList();
        var sweep = new RoleSweep(leadIds, categories, queries, new FieldsQuery(transport), pushes, marketo);
        var swept = await sweep.RunAsync([.. roleDeletes, .. connections], cycle, tenure).ConfigureAwait(false);
        foreach (var type in Order)
        {
            await pushes.UpsertAsync(type, [.. cycle.Values.Where(r => r.Row is not null && !toDelete.Contains(r) && ReferenceObjects.Of(r.Key.Entity) == type)], gate, tenure)
                .ConfigureAwait(false);
        }

        await roles.UpsertAsync(connections, gate, sweep, swept, cycle, tenure).ConfigureAwait(false);
        renames.Settle();
        await deletes.RunAsync([.. toDelete], tenure).ConfigureAwait(false);
        pushes.SettleStopped(cycle.Values);
    }

    private async Task<(Dictionary<RecordKey, Dataverse.OData.DataverseRow>, bool)> ReadOrThrowAsync(IEnumerable<RecordKey> keys, CancellationToken ct)
    {
        var (rows, outcome) = await state.ReadAsync(keys, ct).ConfigureAwait(false);
        return outcome.IsSuccess ? (rows, true) : throw new DrainDataverseException($"Reading the records' current state failed: {outcome}");
    }

    /// <summary>Whether less than the reserved share of today's quota is left, so Backfill rows wait.</summary>
    private bool ReserveHeld(DrainOptions drain)
    {
        var quota = marketo.Quota;
        return quota.DailyQuota > 0 && quota.RemainingForPushes < drain.BackfillQuotaReserve * quota.DailyQuota;
    }

    /// <summary>The <c>msi_syncsetting</c> entity that switches a table's sync: a connection role's is the connection's.</summary>
    private static string SettingOf(string entity) =>
        entity == DataverseSchema.ConnectionRole.EntityName ? DataverseSchema.Connection.EntityName : entity;

    private DrainCycleReport Report((long Requests, long Operations, long Calls) start, int rowsRead, IReadOnlyList<DrainRecordResult> results, DrainStop? stop) =>
        new(rowsRead, results, stop, marketo.Quota.Used - start.Calls, marketo.Quota, costs.Requests - start.Requests, costs.Operations - start.Operations);

    /// <summary>
    /// Finds the Marketo person of each person row that carries no <c>msi_marketoleadid</c> but may have reached Marketo
    /// already (marketo.md D3: a known person is updated by id). A push can land while its answer or the id's write is
    /// lost (a stop, a dropped connection), and its rows may then end otherwise (sync switched off); were the address
    /// changed since, an upsert by the new address would make a second person for the same row. One read per 300 such
    /// rows. A work that goes back to the record's creation, of a record not changed since, needs none: any push that
    /// landed carried the address it still has, and the upsert by address joins it. A failed read settles those rows
    /// as its call ended (retried later), never leaving them to the upsert by address: under faults that made the
    /// second person this read exists to prevent.
    /// </summary>
    private async Task FindEarlierPushesAsync(IReadOnlyList<CycleRecord> records, CancellationToken tenure)
    {
        var unknown = records
            .Where(r => r.Key.Entity is DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName
                && string.IsNullOrEmpty(r.Row!.GetString(DataverseSchema.MsiColumns.MarketoLeadId))
                && !GoesBackToCreation(r))
            .ToDictionary(r => r.Key.RecordId);
        if (unknown.Count == 0)
        {
            return;
        }

        var page = await marketo.Leads.GetByExternalPersonIdsAsync([.. unknown.Keys], MarketoLeadFields.Identity, tenure).ConfigureAwait(false);
        if (!page.Call.IsSuccess)
        {
            var why = $"whether Marketo already holds this person (an earlier push that landed unanswered) could not be read: {page.Call}";
            foreach (var record in unknown.Values)
            {
                record.Settle(PushOutcome.From(MarketoOutcome.NotSent(why), page.Call));
            }

            return;
        }

        foreach (var lead in page.Items)
        {
            if (lead.PersonRecordId is { } id && unknown.TryGetValue(id, out var record))
            {
                record.FoundMarketoId = lead.Id;
            }
        }
    }

    /// <summary>
    /// Whether the record's one due row was written when the record was created (within a minute), and the record has not
    /// been changed since (an address changed while its table's sync was off queues no row).
    /// </summary>
    private static bool GoesBackToCreation(CycleRecord record) =>
        record.Row!.GetDate(RecordStateReader.CreatedOn) is { } created
        && record.Row.GetDate(RecordStateReader.ModifiedOn) is { } modified
        && modified - created < TimeSpan.FromSeconds(1)
        && record.Work!.Rows[0].CreatedOn - created < TimeSpan.FromMinutes(1)
        && record.Work.Rows.Count == 1;
}
