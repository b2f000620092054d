namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>A live record's state as the workload last left it: which operations are valid on it now.</summary>
internal enum RecordState
{
    /// <summary>Active account or contact, open lead or opportunity, enabled user, active connection.</summary>
    Active,

    /// <summary>Deactivated account, contact or connection (or merged away); disabled user.</summary>
    Inactive,

    /// <summary>A lead disqualified.</summary>
    Disqualified,

    /// <summary>A lead merged into another (the platform leaves it closed).</summary>
    Merged,

    Won,
    Lost,
}
