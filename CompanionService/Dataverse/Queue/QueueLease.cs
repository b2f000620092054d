using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Queue;

/// <summary>
/// The rows one lease call claimed for <see cref="Owner"/> until <see cref="ExpiresOn"/>, and what became of
/// the rest: rows another worker claimed first (412, a normal outcome) are dropped and counted. When the
/// read or the claim failed, <see cref="Outcome"/> says so; an outage is never an empty queue.
/// </summary>
public sealed class QueueLease(
    string owner, DateTimeOffset expiresOn, IReadOnlyList<LeasedItem> items, int due, int lostRaces, int failed, DataverseOutcome outcome)
{
    /// <summary>The worker that holds the rows (<c>msi_leaseowner</c>).</summary>
    public string Owner { get; } = owner;

    /// <summary>When the lease lapses and any worker may take the rows again (<c>msi_leaseexpireson</c>).</summary>
    public DateTimeOffset ExpiresOn { get; } = expiresOn;

    /// <summary>The rows this worker now holds, in lease order (Live lane first, then oldest first).</summary>
    public IReadOnlyList<LeasedItem> Items { get; } = items;

    /// <summary>Due rows the read found.</summary>
    public int Due { get; } = due;

    /// <summary>Due rows another worker claimed first (412 on the claim).</summary>
    public int LostRaces { get; } = lostRaces;

    /// <summary>Due rows whose claim failed otherwise (gone, refused, unavailable, not configured).</summary>
    public int Failed { get; } = failed;

    /// <summary>Succeeded, or the failure of the read or of the claim.</summary>
    public DataverseOutcome Outcome { get; } = outcome;

    /// <summary>Whether the lease still holds at <paramref name="now"/>: complete the rows only while it does.</summary>
    public bool IsHeldAt(DateTimeOffset now) => now < ExpiresOn;

    public static QueueLease Failure(string owner, DateTimeOffset expiresOn, DataverseOutcome outcome) =>
        new(owner, expiresOn, [], 0, 0, 0, outcome);

    public override string ToString() =>
        $"Lease of {Items.Count} of {Due} due rows until {ExpiresOn:O} ({LostRaces} lost races, {Failed} failed); {Outcome}";
}
