using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// The rules for the rows Marketo knows by their own id: systemuser, account, lead, contact, opportunity.
/// Every change that survives is an Upsert of the record (the worker reads its current state), except a
/// Delete, whose payload keeps the identities only the pre-image still knows.
/// </summary>
internal static class RecordCapture
{
    public static QueueItem? Decide(ChangeDescription change, string[] syncedColumns)
    {
        var message = change.MessageName;
        if (message == CaptureMessage.Update)
        {
            return UpdateRelevance.Matters(change, syncedColumns) ? Upsert(change, new PayloadWriter()) : null;
        }

        if (message == CaptureMessage.Merge)
        {
            // The subordinate's own deactivation is an Update of its state, captured on its own.
            var payload = new PayloadWriter()
                .String("subordinateId", RecordId.From(change.SubordinateId, "Merge SubordinateId").ToString());
            return Upsert(change, payload);
        }

        if (CaptureMessage.IsUpsertOfRecord(message))
        {
            return Upsert(change, new PayloadWriter());
        }

        return message == CaptureMessage.Delete ? Delete(change) : null;
    }

    /// <summary>An Upsert, linked to its own record (the record exists: it is being created or changed).</summary>
    private static QueueItem Upsert(ChangeDescription change, PayloadWriter payload)
    {
        var id = RecordId.From(change.RecordId, "Record id");
        return new QueueItem(
            change.EntityName, id, QueueOperation.Upsert, payload.ToString(), new RecordReference(change.EntityName, id.Value));
    }

    /// <summary>A Delete carries no link: its record goes in this transaction, and the link would go with it.</summary>
    private static QueueItem Delete(ChangeDescription change)
    {
        var image = change.PreImage;
        var payload = new PayloadWriter();
        switch (change.EntityName)
        {
            case DataverseSchema.Lead.EntityName:
            case DataverseSchema.Contact.EntityName:
                // Marketo's person is found by its lead id, else by e-mail (the externalPersonId is gone with the row).
                payload.String("marketoLeadId", ColumnValues.Text(image, DataverseSchema.MsiColumns.MarketoLeadId))
                    .String("email", ColumnValues.Text(image, DataverseSchema.Common.EmailAddress1));
                break;
            case DataverseSchema.Account.EntityName:
            case DataverseSchema.Opportunity.EntityName:
                // The name only makes the worker's messages about the deleted row readable.
                payload.String("name", ColumnValues.Text(image, DataverseSchema.Common.Name));
                break;
        }

        return new QueueItem(
            change.EntityName, RecordId.From(change.RecordId, "Record id"), QueueOperation.Delete, payload.ToString());
    }
}
