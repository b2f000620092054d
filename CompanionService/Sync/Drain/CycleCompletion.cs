using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// The last stage of a cycle (architecture.md §3.7): every record's outcome becomes its rows' ends, written with the
/// unreadable rows' dead letters in one <c>UpdateMultiple</c> per 1000 rows. A person's Marketo lead id is written to
/// <c>msi_marketoleadid</c> first, only when it differs from the one read; a person whose Marketo lead may hold MSI
/// values already gets them at once (<see cref="BringMsiHomeAsync"/>).
/// </summary>
internal sealed class CycleCompletion(
    IWorkSource source, CompletionPlanner planner, MsiColumnsWriter leadIds, MsiRefresher msi, UnplacedPersons unplaced,
    IOptions<WriteBackOptions> writeBack, ILogger<CycleCompletion> logger)
{
    public const string BackfillPaused =
        "Backfill paused: the share of Marketo's daily quota reserved for live changes is held (Drain:BackfillQuotaReserve).";

    public async Task<IReadOnlyList<DrainRecordResult>> CompleteAsync(
        IReadOnlyList<CycleRecord> records, IReadOnlyList<UnreadableRow> unreadable, CancellationToken ct, IReadOnlyList<CycleRecord>? pushedFirst = null)
    {
        var plans = records.Select(r => (Record: r, Plan: planner.Plan(r.Work!, OutcomeOf(r)))).ToList();
        await WriteLeadIdsAsync(plans, pushedFirst ?? [], ct).ConfigureAwait(false);

        var rows = new List<QueueCompletion>(records.Count + unreadable.Count);
        rows.AddRange(unreadable.Select(u => QueueCompletion.DeadLettered(u.Id, u.Attempts, CompletionReasons.Text(u.Reason))));
        var results = new List<DrainRecordResult>(records.Count);
        foreach (var (record, plan) in plans)
        {
            var work = record.Work!;
            rows.AddRange(plan.Rows);
            var latest = plan.Rows.FirstOrDefault(r => r.Id == work.Latest.Id);
            results.Add(new DrainRecordResult(work.Record.Entity, work.Record.RecordId.Value, work.Intent,
                latest?.Status ?? QueueStatus.Pending, plan.Rows.Count, latest?.LastError ?? (latest is null ? OutcomeOf(record).Message : null),
                latest?.MarketoId));
            DrainLog.Settled(logger, work.Record.Entity, work.Record.RecordId.Value, work.Latest.Id, latest?.Status ?? QueueStatus.Pending, work.Rows.Count);
        }

        var completed = await source.CompleteAsync(rows, ct).ConfigureAwait(false);
        if (!completed.AllSucceeded)
        {
            DrainLog.CompletionFailed(logger, completed.Outcomes.Count(o => !o.IsSuccess), rows.Count, completed.FirstFailure?.ToString() ?? string.Empty);
        }

        return results;
    }

    /// <summary>
    /// Writes each pushed person's Marketo lead id before any row is completed: the write-back finds a person's row by it
    /// alone, so a row must not end Succeeded while its id is unwritten (a stop between the two would leave it so for
    /// good). A person whose id cannot be written is retried as a transient failure; one deleted meanwhile needs none.
    /// </summary>
    private async Task WriteLeadIdsAsync(List<(CycleRecord Record, CompletionPlan Plan)> plans, IReadOnlyList<CycleRecord> pushedFirst, CancellationToken ct)
    {
        var pending = plans.Select((p, index) => (p.Record, p.Plan, Index: index))
            .Where(p => p.Plan.MarketoLeadId is { } leadId && leadId != p.Record.Row?.GetString(DataverseSchema.MsiColumns.MarketoLeadId))
            .ToList();

        // Persons pushed first for a referrer, without rows of their own here: their ids are written too, or a later
        // change of theirs would not know the person they already are.
        var referenced = pushedFirst
            .Where(r => r.Work is null && r.Key.Entity is DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName
                && r.Outcome is { Kind: PushOutcomeKind.Succeeded, MarketoId: { } id } && id != r.Row?.GetString(DataverseSchema.MsiColumns.MarketoLeadId))
            .ToList();
        if (pending.Count == 0 && referenced.Count == 0)
        {
            return;
        }

        var persons = pending.Select(p => (p.Record, LeadId: p.Plan.MarketoLeadId!))
            .Concat(referenced.Select(r => (Record: r, LeadId: r.Outcome!.MarketoId!)))
            .ToList();
        var updates = persons.Select(p => LeadIdUpdate(p.Record, p.LeadId)).ToList();
        var written = await leadIds.WriteAsync(updates, ct).ConfigureAwait(false);
        await BringMsiHomeAsync([.. persons.Where((_, i) => i < written.Outcomes.Count && written.Outcomes[i].IsSuccess)], ct).ConfigureAwait(false);
        if (written.AllSucceeded)
        {
            return;
        }

        DrainLog.LeadIdsFailed(logger, written.Outcomes.Count(o => !o.IsSuccess), updates.Count, written.FirstFailure?.ToString() ?? string.Empty);
        for (var i = 0; i < pending.Count; i++)
        {
            var outcome = i < written.Outcomes.Count ? written.Outcomes[i] : written.FirstFailure;
            if (outcome is null || outcome.IsSuccess || outcome.Kind == DataverseOutcomeKind.NotFound)
            {
                continue;
            }

            var (record, plan, index) = pending[i];
            plans[index] = (record, planner.Plan(record.Work!, PushOutcome.Transient(
                $"Marketo holds the person (lead {plan.MarketoLeadId}), but its Marketo lead id could not be written to Dynamics: {outcome}")));
        }
    }

    /// <summary>
    /// Brings home the MSI values of the persons just linked to a Marketo lead that existed before their push (Marketo
    /// answered <c>updated</c>: it knew the address, or an earlier push had landed unanswered), or whose activity the
    /// write-back read before the id arrived (<see cref="UnplacedPersons"/>: a moment in the seconds between a push and
    /// its id's write). The incremental write-back cannot place those activities (docs/writeback.md); without this they
    /// would wait for the nightly reconcile. One Marketo read per 300 such persons and one <c>UpdateMultiple</c> of the
    /// rows whose values differ; any other person Marketo created costs nothing (its MSI fields are empty). A failure
    /// leaves the values to the write-back and is logged: the rows' ends do not depend on it.
    /// </summary>
    private async Task BringMsiHomeAsync(IReadOnlyList<(CycleRecord Record, string LeadId)> linked, CancellationToken ct)
    {
        var persons = new List<PersonRow>();
        foreach (var (record, text) in linked)
        {
            if (record.Row is null || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var leadId))
            {
                continue;
            }

            var seenUnplaced = unplaced.Take(leadId);
            if (seenUnplaced || record.Outcome is { Existed: true })
            {
                persons.Add(new PersonRow(DataverseTable.For(record.Key.Entity), record.Key.RecordId.Value, leadId, record.Row));
            }
        }

        if (persons.Count == 0)
        {
            return;
        }

        var result = await msi.RefreshAsync(persons, writeBack.Value.Columns, ct).ConfigureAwait(false);
        DrainLog.LinkedMsiWritten(logger, persons.Count, result.RowsWritten);
        if (result.Stop is not null || result.Failures.Count > 0)
        {
            DrainLog.LinkedMsiLeft(logger, persons.Count, result.Stop ?? string.Join(" ", result.Failures.Take(3)));
        }
    }

    private static PushOutcome OutcomeOf(CycleRecord record) => record.Outcome ?? PushOutcome.RunStopped("not pushed");

    private static MsiColumnsUpdate LeadIdUpdate(CycleRecord record, string leadId) =>
        new(DataverseTable.For(record.Key.Entity), record.Key.RecordId.Value,
            new Dictionary<string, object?> { [DataverseSchema.MsiColumns.MarketoLeadId] = leadId });
}
