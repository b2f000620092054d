namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>What a Dynamics delete does to the Marketo record it became (architecture.md §3.10).</summary>
public enum DeletePolicy
{
    /// <summary>The Marketo record is deleted too (the default for companies, opportunities and opportunity roles).</summary>
    Delete,

    /// <summary>
    /// The Marketo record is kept as it was last pushed (the default for persons: a Marketo person carries its
    /// activity history and program memberships, which a CRM delete should not erase).
    /// </summary>
    Keep,
}
