using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// Merge (Target = master, SubordinateId, UpdateContent, PerformParentingChecks; dataverse.md §2.3):
/// a child Update of the master with UpdateContent (when it has columns), child Updates re-parenting the
/// subordinate's contacts and opportunities to the master (<see cref="MergeChildren"/>, dataverse.md §0.11), then a
/// child Update deactivating the subordinate (statecode 1, statuscode 2, merged, masterid). The exact set and order
/// of events the platform raises is UNCERTAIN; this is the decision of dataverse.md §0.11.
/// </summary>
internal sealed class MergeOperation : IMessageOperation
{
    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        RowIdentity.OfReference(input, Parameters.Target, Messages.Merge);

    public void Execute(OperationScope scope)
    {
        var master = scope.Required<EntityReference>(Parameters.Target);
        var subordinateId = scope.Required<Guid>(Parameters.SubordinateId);
        if (subordinateId == master.Id)
        {
            throw new PlatformFaultException(PlatformFault.InvalidArgument,
                $"Merge of {master.LogicalName} {master.Id:D}: the subordinate cannot be the master.");
        }

        RowIdentity.RequireExisting(scope, master.LogicalName, master.Id);
        RowIdentity.RequireExisting(scope, master.LogicalName, subordinateId);

        if (scope.Input.TryGetValue(Parameters.UpdateContent, out var content) && content is Entity { Attributes.Count: > 0 } changes)
        {
            var update = Storage.RowCopier.Copy(changes);
            update.LogicalName = master.LogicalName;
            update.Id = master.Id;
            scope.Child(Messages.Update, (Parameters.Target, update));
        }

        MergeChildren.Reparent(scope, master, subordinateId);

        var deactivate = new Entity(master.LogicalName, subordinateId);
        deactivate.Attributes[Columns.StateCode] = new OptionSetValue(1);
        deactivate.Attributes[Columns.StatusCode] = new OptionSetValue(2);
        deactivate.Attributes[Columns.Merged] = true;
        deactivate.Attributes[Columns.MasterId] = new EntityReference(master.LogicalName, master.Id);
        scope.Child(Messages.Update, (Parameters.Target, deactivate));
    }
}
