namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// The SDK message names the capture engine understands (dataverse.md §2.3). They are the names the
/// platform puts in <c>IExecutionContext.MessageName</c> and the names our steps are registered on.
/// </summary>
internal static class CaptureMessage
{
    public const string Create = "Create";

    /// <summary>Carries only the changed columns in <c>Target</c>; owner and state changes arrive as Updates too.</summary>
    public const string Update = "Update";

    /// <summary>Only the pre-image knows what the row was; the worker cannot read it later.</summary>
    public const string Delete = "Delete";

    /// <summary>Legacy owner change, still raised for callers of AssignRequest (dataverse.md §0.3).</summary>
    public const string Assign = "Assign";

    /// <summary>Legacy state change, still raised for callers of SetStateRequest (dataverse.md §0.3).</summary>
    public const string SetStateDynamicEntity = "SetStateDynamicEntity";

    /// <summary>
    /// Merge of lead, contact or account: the master is <c>Target</c>, the subordinate is deactivated by the
    /// platform (an Update of its state, captured on its own).
    /// </summary>
    public const string Merge = "Merge";

    /// <summary>
    /// Close of an opportunity as won (<c>WinOpportunityRequest</c>, request name "WinOpportunity"): the opportunity is
    /// named by the <c>opportunityid</c> of the <c>OpportunityClose</c> entity, and no Update of its state is raised
    /// (dataverse.md §0.11, §2.3).
    /// </summary>
    public const string Win = "Win";

    /// <summary>Close of an opportunity as lost (<c>LoseOpportunityRequest</c>); as <see cref="Win"/>.</summary>
    public const string Lose = "Lose";

    /// <summary>Whether a message means "the record now exists with new values" (an Upsert for Marketo).</summary>
    public static bool IsUpsertOfRecord(string messageName) =>
        messageName == Create || messageName == Assign || messageName == SetStateDynamicEntity || messageName == Merge
        || messageName == Win || messageName == Lose;

    /// <summary>The key prefix of the SharedVariables entry that says a record was already queued in this operation.</summary>
    public const string CapturedKeyPrefix = "msi.captured:";
}
