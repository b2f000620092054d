using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Sync.Collapse;

namespace MsiDynamics.CompanionService.Sync.Source;

/// <summary>
/// One batch of a due read (architecture.md §3.8): the rows the drain can work on, the rows it cannot read (to
/// dead-letter with their reason), and the outcome of the read. A failed read is the last batch, and an outage is
/// never an empty queue.
/// </summary>
/// <param name="Rows">The readable due rows, in drain order.</param>
/// <param name="Unreadable">The due rows that cannot be worked on, each with why.</param>
/// <param name="Outcome">Succeeded, or why the read stopped here.</param>
internal sealed record DueBatch(IReadOnlyList<DueRow> Rows, IReadOnlyList<UnreadableRow> Unreadable, DataverseOutcome Outcome)
{
    public override string ToString() => $"{Rows.Count} due rows, {Unreadable.Count} unreadable; {Outcome}";
}
