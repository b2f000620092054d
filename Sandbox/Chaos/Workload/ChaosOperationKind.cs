namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// What one operation of the chaos workload does: every message the capture steps are registered on (Create, Update,
/// Delete, Assign, SetStateDynamicEntity, Merge, Win, Lose; Schema/PluginSteps.cs) on every table they watch, plus the
/// admin's sync-setting toggles. The name's first word is its group (<see cref="ChaosOperationKinds.GroupOf"/>).
/// </summary>
internal enum ChaosOperationKind
{
    CreateUser,
    CreateAccount,
    CreateContact,
    CreateLead,
    CreateOpportunity,
    CreateConnection,
    UpdateUser,
    UpdateAccount,
    UpdateContact,
    UpdateLead,
    UpdateOpportunity,
    UpdateConnection,
    DeleteAccount,
    DeleteContact,
    DeleteLead,
    DeleteOpportunity,
    DeleteConnection,
    AssignToUser,
    AssignToTeam,
    DeactivateAccount,
    ActivateAccount,
    DeactivateContact,
    ActivateContact,
    DisqualifyLead,
    ReactivateLead,
    DisableUser,
    EnableUser,
    ReopenOpportunity,
    MergeAccounts,
    MergeContacts,
    MergeLeads,
    WinOpportunity,
    LoseOpportunity,
    RenameConnectionRole,
    ToggleSyncSetting,
}
