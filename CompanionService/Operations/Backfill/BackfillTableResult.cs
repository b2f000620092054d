namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// How the backfill of one table ended: rows enqueued by this command, rows skipped because a due Backfill row of the
/// record was already queued (by an earlier, killed run), whether it resumed a killed run, whether it finished, why it
/// was skipped or stopped (null when neither), and both Dataverse costs of this table's run.
/// </summary>
public sealed record BackfillTableResult(
    string Table, long Enqueued, long AlreadyQueued, bool Resumed, bool Finished, string? Skipped, string? Failure, long Requests, long Operations);
