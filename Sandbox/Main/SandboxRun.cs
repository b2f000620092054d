using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.Sandbox.Main;

/// <summary>What one run of the sandbox's main job did and found, for <see cref="SandboxReport"/>.</summary>
/// <param name="Rows">Every queue row the plug-ins wrote, as it ended.</param>
/// <param name="Cycles">The drain's cycles, in order.</param>
/// <param name="MarketoCalls">REST calls Marketo received during the drains (the emulator's count).</param>
/// <param name="DataverseRequests">The worker's service protection requests (dataverse.md §0.12a): the seed's own writes are not in it.</param>
/// <param name="DataverseOperations">The worker's entitlement operations (dataverse.md §0.12b).</param>
/// <param name="Elapsed">Wall-clock time spent in the drains (the seed and the comparison are not in it).</param>
/// <param name="Differences">Every difference between Marketo and the projection of the CRM state, in words.</param>
internal sealed record SandboxRun(
    IReadOnlyList<QueueRowEnd> Rows,
    IReadOnlyList<DrainCycleReport> Cycles,
    long MarketoCalls,
    long DataverseRequests,
    long DataverseOperations,
    TimeSpan Elapsed,
    IReadOnlyList<string> Differences)
{
    /// <summary>The write-back and verify step; null when the job did not reach it.</summary>
    public SandboxMsi? Msi { get; init; }

    /// <summary>The rows the worker has not settled: Pending, InProgress or RetryScheduled.</summary>
    public int LeftDue => Rows.Count(r => !r.IsSettled);

    /// <summary>The run passes when Marketo equals the projection, no row is left due, and the write-back and verify step passed.</summary>
    public bool Passed => Differences.Count == 0 && LeftDue == 0 && Msi?.Passed != false;
}
