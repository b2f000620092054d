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
        _ => throw new NotSupportedException(
            $"The request '{messageName}' is not emulated by the pipeline harness; it runs Create, Update, Delete, " +
            "Retrieve, RetrieveMultiple, Assign, SetState, SetStateDynamicEntity, Merge and QualifyLead."),
    };
}
