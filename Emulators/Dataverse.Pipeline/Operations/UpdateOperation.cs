using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// Update: applies Target's columns to the stored row. An Update carrying owner or state columns AND other
/// columns is split as the platform does (dataverse.md §0.3, §2.3): this pipeline runs for the other
/// columns and, inside its main operation, a child Update runs for the owner/state ones, so Update steps
/// fire twice. An Update of owner/state columns only runs once.
/// </summary>
internal sealed class UpdateOperation : IMessageOperation
{
    private static readonly HashSet<string> OwnerAndStateColumns = new(StringComparer.Ordinal)
    {
        Columns.OwnerId, Columns.StateCode, Columns.StatusCode,
    };

    private Entity? _ownerAndState;

    public void Prepare(ParameterCollection input)
    {
        var target = OperationScope.Required<Entity>(input, Parameters.Target, Messages.Update);
        var key = TableCatalog.PrimaryKeyOf(target.LogicalName);
        var special = target.Attributes.Keys.Where(OwnerAndStateColumns.Contains).ToList();
        var others = target.Attributes.Keys.Count(c => c != key && !OwnerAndStateColumns.Contains(c));
        if (special.Count == 0 || others == 0)
        {
            return;
        }

        _ownerAndState = new Entity(target.LogicalName, RowIdentity.IdOf(target));
        foreach (var column in special)
        {
            _ownerAndState.Attributes[column] = target[column];
            target.Attributes.Remove(column);
        }
    }

    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        RowIdentity.OfEntity(input, Parameters.Target, Messages.Update);

    public void Execute(OperationScope scope)
    {
        var target = scope.Required<Entity>(Parameters.Target);
        var id = RowIdentity.IdOf(target);
        var stored = RowIdentity.RequireExisting(scope, target.LogicalName, id);
        var row = scope.Org.Defaults.ForUpdate(stored, target, scope.Run.UserId, scope.Org.UtcNow);
        scope.Org.Store.Put(row);

        if (ConnectionPairs.IsConnection(row.LogicalName) && !scope.Org.ConnectionMirrors.Remove(id))
        {
            ConnectionPairs.UpdateReciprocal(scope, row, target);
        }

        if (_ownerAndState is not null)
        {
            scope.Child(Messages.Update, (Parameters.Target, _ownerAndState));
        }
    }
}
