using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>The messages the harness runs, by request name (dataverse.md §0.2, §2.3).</summary>
internal static class OperationTable
{
    /// <summary>A fresh operation for one request (an operation may keep state between its phases).</summary>
    public static IMessageOperation For(string messageName) => messageName switch
    {
        Messages.Create => new CreateOperation(),
        Messages.Update => new UpdateOperation(),
        Messages.Delete => new DeleteOperation(),
        Messages.Retrieve => new RetrieveOperation(),
        Messages.RetrieveMultiple => new RetrieveMultipleOperation(),
        Messages.Assign => new AssignOperation(),
        Messages.SetState or Messages.SetStateDynamicEntity => new SetStateOperation(),
        Messages.Merge => new MergeOperation(),
        Messages.QualifyLead => new QualifyLeadOperation(),
        CloseOpportunityOperation.Win => new CloseOpportunityOperation(state: 1),
        CloseOpportunityOperation.Lose => new CloseOpportunityOperation(state: 2),
        _ => throw new NotSupportedException(
            $"The request '{messageName}' is not emulated by the pipeline harness; it runs Create, Update, Delete, " +
            "Retrieve, RetrieveMultiple, Assign, SetState, SetStateDynamicEntity, Merge, QualifyLead, WinOpportunity and LoseOpportunity."),
    };

    /// <summary>
    /// The message a request raises, as plug-in steps are registered on it: the request name, except for the
    /// requests whose message is named differently (WinOpportunity raises Win, LoseOpportunity raises Lose).
    /// </summary>
    public static string MessageOf(string requestName) => requestName switch
    {
        CloseOpportunityOperation.WinRequest => CloseOpportunityOperation.Win,
        CloseOpportunityOperation.LoseRequest => CloseOpportunityOperation.Lose,
        _ => requestName,
    };
}
