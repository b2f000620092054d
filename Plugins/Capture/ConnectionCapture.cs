using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// The rules for <c>connection</c> (dataverse.md §0.4): only opportunity↔contact pairs matter, and the
/// two halves the platform stores for one connection map to one queue key, the master half's id. The role's
/// category is not read here (no service call on the hot path); the worker filters by category.
/// </summary>
internal static class ConnectionCapture
{
    public static QueueItem? Decide(ChangeDescription change, string[] syncedColumns)
    {
        switch (change.MessageName)
        {
            case CaptureMessage.Create:
                return Changed(change, previous: null);
            case CaptureMessage.Update:
                return UpdateRelevance.Matters(change, syncedColumns)
                    ? Changed(change, ConnectionPair.From(change.PreImage))
                    : null;
            case CaptureMessage.Delete:
                var deleted = ConnectionPair.From(change.PreImage);
                return deleted is null ? null : Item(change, change.PreImage, QueueOperation.Delete, deleted.WriteTo(new PayloadWriter()));
            default:
                return null;
        }
    }

    private static QueueItem? Changed(ChangeDescription change, ConnectionPair? previous)
    {
        var after = UpdateRelevance.After(change);
        var current = ConnectionPair.From(after);
        if (current is null)
        {
            // An end moved away from opportunity↔contact: the role Marketo has is no longer true.
            return previous is null ? null : Item(change, after, QueueOperation.Delete, previous.WriteTo(new PayloadWriter()));
        }

        var payload = current.WriteTo(new PayloadWriter());
        if (previous is not null && !previous.SameRoleAs(current))
        {
            // Marketo's role key includes the role name and cannot be updated: the worker deletes the old
            // role and creates the new one (marketo.md §3.6).
            previous.WriteTo(payload.BeginObject("previous")).EndObject();
        }

        return Item(change, after, QueueOperation.Upsert, payload, current.OpportunityId);
    }

    /// <summary>
    /// The row; an Upsert links the opportunity whose role it is. A Delete links nothing: deleting an opportunity
    /// deletes its connections in the same transaction (dataverse.md §3.1), so the opportunity may be going too.
    /// </summary>
    private static QueueItem Item(
        ChangeDescription change,
        IReadOnlyDictionary<string, object?>? columns,
        QueueOperation operation,
        PayloadWriter payload,
        Guid? opportunityId = null) =>
        new(
            DataverseSchema.Connection.EntityName,
            MasterId(change, columns),
            operation,
            payload.ToString(),
            opportunityId is { } id ? new RecordReference(DataverseSchema.Opportunity.EntityName, id) : null);

    /// <summary>
    /// The master half's id: its own id when <c>ismaster</c> is true, else <c>relatedconnectionid</c>. Without
    /// those columns the row's own id is used; a second key for one pair would only make the worker push the
    /// same role twice, which Marketo's createOrUpdate absorbs.
    /// </summary>
    private static RecordId MasterId(ChangeDescription change, IReadOnlyDictionary<string, object?>? columns)
    {
        if (ColumnValues.Flag(columns, DataverseSchema.Connection.IsMaster) == false)
        {
            var master = ColumnValues.Reference(columns, DataverseSchema.Connection.RelatedConnectionId);
            if (master is not null)
            {
                return RecordId.From(master.Id, "relatedconnectionid");
            }
        }

        return RecordId.From(change.RecordId, "Connection id");
    }
}
