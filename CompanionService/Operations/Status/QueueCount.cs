namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// How many queue rows have one status in one lane. <see cref="AtLeast"/> is true when Dataverse refused to count them
/// all (more than its 50,000-row aggregate limit): then <see cref="Count"/> is that limit and the true number is higher.
/// </summary>
/// <param name="Status">The row status (<c>msi_status</c>'s label: Pending, RetryScheduled, …).</param>
/// <param name="Lane">The lane (<c>msi_lane</c>'s label: Live or Backfill; <c>None</c> for a row without one).</param>
/// <param name="Count">The number of rows, or the limit when <see cref="AtLeast"/>.</param>
/// <param name="AtLeast">Whether the number is a lower bound.</param>
public sealed record QueueCount(string Status, string Lane, long Count, bool AtLeast)
{
    /// <summary>The count as a person reads it: <c>1,234</c>, or <c>50,000+</c> for a lower bound.</summary>
    public string Text => Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + (AtLeast ? "+" : string.Empty);
}
