namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// What one <c>drain-backlog</c> run tells <c>drain-scale</c> (written with <c>--summary FILE</c>): the backlog's size,
/// the throughput, the worker's peak working set, whether the drain ended complete, and what it cost Dataverse: its
/// entitlement operations (each charged to the execution-time budget) and the requests refused for that budget.
/// </summary>
internal sealed record DrainScaleRun(
    int Changes, int QueueRows, int RecordsSynced, double Seconds, long PeakWorkingSet, bool Complete, long DataverseOperations, long DataverseThrottled)
{
    public double RecordsPerSecond => RecordsSynced / Seconds;

    /// <summary>
    /// The changes a second Dataverse's execution-time budget sustains at this run's operations per change: 1,200 s of
    /// execution per 5-minute window, an operation costing 5 ms (the emulator's defaults, dataverse.md §0.12). A drain
    /// shorter than the window never meets the budget; a longer one is held to this rate.
    /// </summary>
    public double DataverseBudgetPerSecond
    {
        get
        {
            var limits = new Emulators.Dataverse.DataverseEmulatorOptions();
            var operationsPerSecond = limits.ExecutionTimePerWindow / limits.RequestWindow / limits.ExecutionTimePerOperation.TotalSeconds;
            return operationsPerSecond / ((double)DataverseOperations / Changes);
        }
    }
}
