namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>What one step of <see cref="DrainLeaseHolder"/> did (dataverse.md §0.10).</summary>
public enum DrainLeaseStep
{
    /// <summary>Another worker holds the lease, or it could not be read or claimed: wait and look again.</summary>
    Standby,

    /// <summary>The lease was free or lapsed and is now this worker's.</summary>
    Claimed,

    /// <summary>The holder renewed it.</summary>
    Renewed,

    /// <summary>The renewal failed (unavailable, no answer): still held until it lapses, but fenced by time.</summary>
    RenewalFailed,

    /// <summary>The renewal was answered 412: another worker holds it now. The holder stopped.</summary>
    Lost,

    /// <summary>The holder's own lease ran out before a renewal succeeded (its tenure ended on the clock, or ends now).</summary>
    Lapsed,

    /// <summary>The holder gave the lease up (shutdown).</summary>
    Released,
}
