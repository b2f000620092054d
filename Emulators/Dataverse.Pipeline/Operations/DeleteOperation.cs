using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// Delete: removes the row named by the Target EntityReference; a connection takes its other half along, and the
/// lookups of "Remove Link" relationships that named the row are cleared (<see cref="RemovedLinks"/>).
/// </summary>
internal sealed class DeleteOperation : IMessageOperation
{
    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        RowIdentity.OfReference(input, Parameters.Target, Messages.Delete);

    public void Execute(OperationScope scope)
    {
        var target = scope.Required<EntityReference>(Parameters.Target);
        var row = RowIdentity.RequireExisting(scope, target.LogicalName, target.Id);
        scope.Org.Store.Remove(target.LogicalName, target.Id);
        RemovedLinks.Clear(scope, target.LogicalName, target.Id);

        if (ConnectionPairs.IsConnection(target.LogicalName) && !scope.Org.ConnectionMirrors.Remove(target.Id))
        {
            ConnectionPairs.DeleteReciprocal(scope, row);
        }
    }
}
