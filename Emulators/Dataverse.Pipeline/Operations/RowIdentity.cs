using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>Reads which row a request's Target names: an Entity's Id or key column, or an EntityReference.</summary>
internal static class RowIdentity
{
    /// <summary>The Entity's Id, else its <c>&lt;entity&gt;id</c> column, else <see cref="Guid.Empty"/>.</summary>
    public static Guid IdOf(Entity target) =>
        target.Id != Guid.Empty ? target.Id
        : target.Attributes.TryGetValue(TableCatalog.PrimaryKeyOf(target.LogicalName), out var key) && key is Guid id ? id
        : Guid.Empty;

    public static (string EntityName, Guid Id) OfEntity(ParameterCollection input, string key, string messageName)
    {
        var target = OperationScope.Required<Entity>(input, key, messageName);
        return (target.LogicalName, IdOf(target));
    }

    public static (string EntityName, Guid Id) OfReference(ParameterCollection input, string key, string messageName)
    {
        var target = OperationScope.Required<EntityReference>(input, key, messageName);
        return (target.LogicalName, target.Id);
    }

    /// <summary>The existing row an Update or Delete names, or the "Does Not Exist" fault.</summary>
    public static Entity RequireExisting(OperationScope scope, string entityName, Guid id) =>
        id == Guid.Empty
            ? throw new PlatformFaultException(PlatformFault.InvalidArgument,
                $"{scope.Run.MessageName} of {entityName} needs the id of the row.")
            : scope.Existing(entityName, id);
}
