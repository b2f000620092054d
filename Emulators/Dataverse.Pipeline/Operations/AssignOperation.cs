using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// The legacy Assign (Target, Assignee): runs its own pipeline and, inside it, the Update of ownerid that the
/// platform performs today (dataverse.md §2.3, §0.3).
/// </summary>
internal sealed class AssignOperation : IMessageOperation
{
    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        RowIdentity.OfReference(input, Parameters.Target, Messages.Assign);

    public void Execute(OperationScope scope)
    {
        var target = scope.Required<EntityReference>(Parameters.Target);
        var assignee = scope.Required<EntityReference>(Parameters.Assignee);
        RowIdentity.RequireExisting(scope, target.LogicalName, target.Id);

        var update = new Entity(target.LogicalName, target.Id);
        update.Attributes[Columns.OwnerId] = new EntityReference(assignee.LogicalName, assignee.Id);
        scope.Child(Messages.Update, (Parameters.Target, update));
    }
}
