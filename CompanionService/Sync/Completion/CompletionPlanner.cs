using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Completion;

/// <summary>
/// The last stage of the drain (architecture.md §3.7): one record's push outcome becomes the end of each of its due
/// queue rows. The latest row takes the outcome; the older rows end Superseded only once the latest reaches a final
/// state. While the latest is only RetryScheduled they are rescheduled with it, since their payloads may hold what
/// the retry still needs (a delete's identities, a connection's previous role, marketo.md D7) and a row left due
/// would come back alone before the latest and push ahead of its back-off. Pure but for the clock and the jitter.
/// </summary>
internal sealed class CompletionPlanner(QueueBackoff backoff, TimeProvider time)
{
    public CompletionPlan Plan(RecordWork work, PushOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case PushOutcomeKind.QuotaExhausted:
                return CompletionPlan.StoppedByQuota;
            case PushOutcomeKind.RunStopped:
                return CompletionPlan.StoppedRun;
        }

        var latest = work.Latest;
        var attempt = work.Rows.Max(r => r.Attempts) + 1;
        switch (outcome.Kind)
        {
            case PushOutcomeKind.Succeeded:
                return Final(work, QueueCompletion.Succeeded(latest.Id, attempt, outcome.MarketoId), LeadId(work, outcome));
            case PushOutcomeKind.Rejected:
                return Final(work, QueueCompletion.DeadLettered(latest.Id, attempt, CompletionReasons.Rejected(work.Record, outcome)));
            case PushOutcomeKind.MappingError:
                return Final(work, QueueCompletion.DeadLettered(latest.Id, latest.Attempts, CompletionReasons.Text(outcome.Message)));
            case PushOutcomeKind.Superseded:
                return Final(work, QueueCompletion.Superseded(latest.Id, latest.Attempts, CompletionReasons.Text(outcome.Message)));
            case PushOutcomeKind.RecordGone:
                return Final(work, QueueCompletion.Superseded(latest.Id, latest.Attempts, CompletionReasons.RecordGone));
            case PushOutcomeKind.EntityDisabled:
                var off = CompletionReasons.SwitchedOff(work.Record.Entity);
                return new CompletionPlan(work.Rows.Select(r => QueueCompletion.Superseded(r.Id, r.Attempts, off)).ToList(), null, false);
            default:
                return Transient(work, attempt, CompletionReasons.Text(outcome.Message));
        }
    }

    private CompletionPlan Transient(RecordWork work, int attempt, string reason)
    {
        if (backoff.GivesUpAfter(attempt))
        {
            return Final(work, QueueCompletion.DeadLettered(work.Latest.Id, attempt, CompletionReasons.GaveUp(attempt, reason)));
        }

        var next = time.GetUtcNow() + backoff.Delay(attempt);
        var rows = new List<QueueCompletion>(work.Rows.Count);
        var waiting = CompletionReasons.RetriedWith(work.Latest, reason);
        rows.AddRange(work.Superseded.Select(s => QueueCompletion.RetryScheduled(s.RowId, attempt, next, waiting)));
        rows.Add(QueueCompletion.RetryScheduled(work.Latest.Id, attempt, next, CompletionReasons.Retry(attempt, backoff.MaxAttempts, reason)));
        return new CompletionPlan(rows, null, false);
    }

    /// <summary>The latest row's final end, and every older row Superseded with the collapse's reason.</summary>
    private static CompletionPlan Final(RecordWork work, QueueCompletion latest, string? marketoLeadId = null)
    {
        var rows = new List<QueueCompletion>(work.Rows.Count);
        var attempts = work.Rows.ToDictionary(r => r.Id, r => r.Attempts);
        rows.AddRange(work.Superseded.Select(s => QueueCompletion.Superseded(s.RowId, attempts[s.RowId], s.Reason)));
        rows.Add(latest);
        return new CompletionPlan(rows, marketoLeadId, false);
    }

    /// <summary>A person's Marketo lead id, for <c>msi_marketoleadid</c> (marketo.md D3); a delete learns none.</summary>
    private static string? LeadId(RecordWork work, PushOutcome outcome) =>
        work.Intent == QueueOperation.Upsert && work.Record.Entity is DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName
            ? outcome.MarketoId
            : null;
}
