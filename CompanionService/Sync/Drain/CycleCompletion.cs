using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// The last stage of a cycle (architecture.md §3.7): every record's outcome becomes its rows' ends, written with the
/// unreadable rows' dead letters in one <c>UpdateMultiple</c> per 1000 rows; a person's Marketo lead id is written to
/// <c>msi_marketoleadid</c> only when it differs from the one read.
/// </summary>
internal sealed class CycleCompletion(IWorkSource source, CompletionPlanner planner, MsiColumnsWriter leadIds, ILogger<CycleCompletion> logger)
{
    public const string BackfillPaused =
        "Backfill paused: the share of Marketo's daily quota reserved for live changes is held (Drain:BackfillQuotaReserve).";

    public async Task<IReadOnlyList<DrainRecordResult>> CompleteAsync(
        IReadOnlyList<CycleRecord> records, IReadOnlyList<UnreadableRow> unreadable, CancellationToken ct)
    {
        var rows = new List<QueueCompletion>(records.Count + unreadable.Count);
        rows.AddRange(unreadable.Select(u => QueueCompletion.DeadLettered(u.Id, u.Attempts, CompletionReasons.Text(u.Reason))));
        var leadUpdates = new List<MsiColumnsUpdate>();
        var results = new List<DrainRecordResult>(records.Count);
        foreach (var record in records)
        {
            var work = record.Work!;
            var outcome = record.Outcome ?? PushOutcome.RunStopped("not pushed");
            var plan = planner.Plan(work, outcome);
            rows.AddRange(plan.Rows);
            if (plan.MarketoLeadId is { } leadId && leadId != record.Row?.GetString(DataverseSchema.MsiColumns.MarketoLeadId))
            {
                leadUpdates.Add(new MsiColumnsUpdate(DataverseTable.For(record.Key.Entity), record.Key.RecordId.Value,
                    new Dictionary<string, object?> { [DataverseSchema.MsiColumns.MarketoLeadId] = leadId }));
            }

            var latest = plan.Rows.FirstOrDefault(r => r.Id == work.Latest.Id);
            results.Add(new DrainRecordResult(work.Record.Entity, work.Record.RecordId.Value, work.Intent,
                latest?.Status ?? QueueStatus.Pending, plan.Rows.Count, latest?.LastError ?? (latest is null ? outcome.Message : null), latest?.MarketoId));
            DrainLog.Settled(logger, work.Record.Entity, work.Record.RecordId.Value, work.Latest.Id, latest?.Status ?? QueueStatus.Pending, work.Rows.Count);
        }

        var completed = await source.CompleteAsync(rows, ct).ConfigureAwait(false);
        if (!completed.AllSucceeded)
        {
            DrainLog.CompletionFailed(logger, completed.Outcomes.Count(o => !o.IsSuccess), rows.Count, completed.FirstFailure?.ToString() ?? string.Empty);
        }

        if (leadUpdates.Count > 0)
        {
            var written = await leadIds.WriteAsync(leadUpdates, ct).ConfigureAwait(false);
            if (!written.AllSucceeded)
            {
                DrainLog.LeadIdsFailed(logger, written.Outcomes.Count(o => !o.IsSuccess), leadUpdates.Count, written.FirstFailure?.ToString() ?? string.Empty);
            }
        }

        return results;
    }
}
