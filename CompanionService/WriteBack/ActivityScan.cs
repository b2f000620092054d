namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// What a look at the activity stream found: the Marketo leads whose MSI fields moved, how many activities it read, the
/// token to continue from next time, and, when the stored position could not be used, why (the cycle then reconciles).
/// </summary>
/// <param name="ChangedLeadIds">Distinct Marketo lead ids named by an MSI-moving activity.</param>
/// <param name="ActivitiesRead">Activities of the MSI types read.</param>
/// <param name="NextToken">The token to store, issued now; null when nothing was read (the stored position stays).</param>
/// <param name="LostReason">Why the stored position was replaced (first run, lapsed, refused), in words; null when it was used.</param>
/// <param name="Stop">Why the look stopped (Marketo refused or out of reach); null when it finished.</param>
/// <param name="Pages">Get Lead Activities calls made.</param>
internal sealed record ActivityScan(IReadOnlyList<long> ChangedLeadIds, int ActivitiesRead, string? NextToken, string? LostReason, string? Stop, int Pages = 0)
{
    public static ActivityScan Stopped(string stop) => new([], 0, null, null, stop);
}
