using MsiDynamics.CompanionService.Dataverse.Queue;

namespace MsiDynamics.CompanionService.Sync.Completion;

/// <summary>
/// What one record's push changes in Dataverse: the queue rows' ends, written with the other records' in one
/// <c>UpdateMultiple</c> (dataverse.md §0.13), and for a person the Marketo lead id to write back.
/// </summary>
/// <param name="Rows">One completion per queue row that changes; none when the quota stopped the push.</param>
/// <param name="MarketoLeadId">
/// For a lead or contact Marketo created or updated: its Marketo lead id, for <c>msi_marketoleadid</c>
/// (marketo.md D3); null otherwise.
/// </param>
/// <param name="QuotaExhausted">True when Marketo's daily quota stopped the push: push nothing more until it resets (marketo.md D9).</param>
/// <param name="RunStopped">True when the run stopped for a reason a person must fix; the rows stay due meanwhile.</param>
internal sealed record CompletionPlan(IReadOnlyList<QueueCompletion> Rows, string? MarketoLeadId, bool QuotaExhausted, bool RunStopped = false)
{
    /// <summary>The plan for a push the quota stopped: no row changes, every row stays due.</summary>
    public static CompletionPlan StoppedByQuota { get; } = new([], null, true);

    /// <summary>The plan for a push a stopped run cut short: no row changes, every row stays due.</summary>
    public static CompletionPlan StoppedRun { get; } = new([], null, false, true);

    public override string ToString() =>
        QuotaExhausted || RunStopped ? "stopped: rows stay due" : $"{Rows.Count} row(s): {string.Join(", ", Rows.Select(r => r.Status).Distinct())}";
}
