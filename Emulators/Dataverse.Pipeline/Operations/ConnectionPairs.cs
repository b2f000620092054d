using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// "When you create a connection record, two records are created" (dataverse.md §3.1): the master
/// (ismaster true) and its reciprocal, with the two ends and their roles swapped, each pointing at the other
/// through relatedconnectionid. The reciprocal is created, updated and deleted as a child operation of the
/// half the caller wrote, so steps fire for both halves. The id of the half being mirrored is held in
/// <c>ConnectionMirrors</c> while its child request runs, so the mirror does not mirror back.
/// </summary>
internal static class ConnectionPairs
{
    private static readonly (string, string)[] SwappedColumns =
    [
        (Connection.Record1Id, Connection.Record2Id),
        (Connection.Record1RoleId, Connection.Record2RoleId),
        (Connection.Record1ObjectTypeCode, Connection.Record2ObjectTypeCode),
    ];

    public static bool IsConnection(string entityName) => entityName == Tables.Connection;

    /// <summary>Marks a row about to be stored as the master, its reciprocal to get <paramref name="reciprocalId"/>; returns that id.</summary>
    public static Guid MarkMaster(Entity row, Guid reciprocalId)
    {
        row.Attributes[Connection.IsMaster] = true;
        row.Attributes[Connection.RelatedConnectionId] = new EntityReference(Tables.Connection, reciprocalId);
        return reciprocalId;
    }

    public static void CreateReciprocal(OperationScope scope, Entity masterTarget, Guid masterId, Guid reciprocalId)
    {
        var reciprocal = Swap(masterTarget, reciprocalId);
        reciprocal.Attributes.Remove(TableCatalog.PrimaryKeyOf(Tables.Connection));
        reciprocal.Attributes[Connection.IsMaster] = false;
        reciprocal.Attributes[Connection.RelatedConnectionId] = new EntityReference(Tables.Connection, masterId);
        Mirror(scope, reciprocalId, Messages.Create, reciprocal);
    }

    public static void UpdateReciprocal(OperationScope scope, Entity storedRow, Entity changes)
    {
        if (RelatedId(storedRow) is not { } relatedId || scope.Org.Store.Get(Tables.Connection, relatedId) is null)
        {
            return;
        }

        var mirrored = Swap(changes, relatedId);
        mirrored.Attributes.Remove(TableCatalog.PrimaryKeyOf(Tables.Connection));
        mirrored.Attributes.Remove(Connection.IsMaster);
        mirrored.Attributes.Remove(Connection.RelatedConnectionId);
        if (mirrored.Attributes.Count > 0)
        {
            Mirror(scope, relatedId, Messages.Update, mirrored);
        }
    }

    public static void DeleteReciprocal(OperationScope scope, Entity deletedRow)
    {
        if (RelatedId(deletedRow) is { } relatedId && scope.Org.Store.Get(Tables.Connection, relatedId) is not null)
        {
            Mirror(scope, relatedId, Messages.Delete, new EntityReference(Tables.Connection, relatedId));
        }
    }

    private static void Mirror(OperationScope scope, Guid mirrorId, string messageName, object target)
    {
        scope.Org.ConnectionMirrors.Add(mirrorId);
        try
        {
            scope.Child(messageName, (Parameters.Target, target));
        }
        finally
        {
            scope.Org.ConnectionMirrors.Remove(mirrorId);
        }
    }

    private static Guid? RelatedId(Entity row) =>
        row.GetAttributeValue<EntityReference>(Connection.RelatedConnectionId)?.Id;

    private static Entity Swap(Entity source, Guid id)
    {
        var copy = RowCopier.Copy(source);
        copy.Id = id;
        foreach (var (left, right) in SwappedColumns)
        {
            var hasLeft = source.Attributes.TryGetValue(left, out var leftValue);
            var hasRight = source.Attributes.TryGetValue(right, out var rightValue);
            copy.Attributes.Remove(left);
            copy.Attributes.Remove(right);
            if (hasRight)
            {
                copy.Attributes[left] = RowCopier.CopyValue(rightValue);
            }

            if (hasLeft)
            {
                copy.Attributes[right] = RowCopier.CopyValue(leftValue);
            }
        }

        return copy;
    }
}
