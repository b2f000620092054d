namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// One cycle of the drain (architecture.md §3.10): read the due rows, collapse them per record, read the records'
/// current state, close over references Marketo lacks, map, push each object type in order and complete every row.
/// Run only while the drain lease is held (dataverse.md §0.10).
/// </summary>
public interface IDrainCycle
{
    /// <summary>
    /// Runs one cycle. <paramref name="tenure"/> is the drain lease's tenure: once cancelled, no further Marketo call
    /// starts and the cycle ends with what it has completed. Throws only when <paramref name="tenure"/> fires before
    /// anything could be written.
    /// </summary>
    Task<DrainCycleReport> RunAsync(CancellationToken tenure);
}
