using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// Create: stores Target with the platform's columns and returns its id in OutputParameters["id"]
/// (dataverse.md §2.3). A connection also creates its reciprocal half (§3.1).
/// </summary>
internal sealed class CreateOperation : IMessageOperation
{
    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        RowIdentity.OfEntity(input, Parameters.Target, Messages.Create);

    public void Execute(OperationScope scope)
    {
        var target = scope.Required<Entity>(Parameters.Target);
        var store = scope.Org.Store;
        var id = RowIdentity.IdOf(target);
        if (id == Guid.Empty)
        {
            id = scope.Org.Ids.Next();
        }
        else if (store.Get(target.LogicalName, id) is not null)
        {
            throw new PlatformFaultException(PlatformFault.DuplicateRecord,
                $"Cannot insert duplicate key: {target.LogicalName} With Id = {id:D} already exists.");
        }

        var row = scope.Org.Defaults.ForCreate(target, id, scope.Run.UserId, scope.Org.UtcNow);
        var isMaster = ConnectionPairs.IsConnection(row.LogicalName) && !scope.Org.ConnectionMirrors.Remove(id);
        var reciprocalId = isMaster ? ConnectionPairs.MarkMaster(row, scope.Org.Ids.Next()) : Guid.Empty;
        store.Put(row);

        // PrimaryEntityId and Target's Id are known from here on; PostOperation reads them and "id".
        target.Id = id;
        scope.Run.PrimaryEntityId = id;
        scope.Output[Parameters.Id] = id;

        if (isMaster)
        {
            ConnectionPairs.CreateReciprocal(scope, target, id, reciprocalId);
        }
    }
}
