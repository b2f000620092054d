namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>How one backfill command runs (its command-line options).</summary>
/// <param name="PageSize">Records read and enqueued per page (one <c>CreateMultiple</c>); 1 to 1,000, default 500.</param>
/// <param name="Restart">Whether to start again from the first record instead of resuming a killed run.</param>
public sealed record BackfillOptions(int PageSize = BackfillOptions.DefaultPageSize, bool Restart = false)
{
    public const int DefaultPageSize = 500;

    /// <summary>The most targets one <c>CreateMultiple</c> takes here, as for <c>UpdateMultiple</c> (dataverse.md §0.13).</summary>
    public const int MaxPageSize = Dataverse.Limits.DataverseLimits.UpdateMultipleTargets;
}
