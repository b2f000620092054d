using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// The rule for <c>connectionrole</c>: a rename (or a change of category) changes every opportunity role that
/// uses it, because Marketo keys a role by its name. The queue row is an Upsert of the role itself; the
/// worker finds the connections that use it and replaces their Marketo roles, the old key being
/// <c>previousName</c> (marketo.md §3.6). A category change can add or remove the role from the synced
/// set; the worker reads the current category.
/// </summary>
internal static class ConnectionRoleCapture
{
    public static QueueItem? Decide(ChangeDescription change, string[] syncedColumns)
    {
        if (change.MessageName != CaptureMessage.Update || !UpdateRelevance.Matters(change, syncedColumns))
        {
            return null;
        }

        var previousName = ColumnValues.Text(change.PreImage, DataverseSchema.ConnectionRole.Name);
        var name = change.Target.ContainsKey(DataverseSchema.ConnectionRole.Name)
            ? ColumnValues.Text(change.Target, DataverseSchema.ConnectionRole.Name)
            : previousName;

        var payload = new PayloadWriter()
            .String("name", name)
            .String("previousName", previousName);

        return new QueueItem(
            DataverseSchema.ConnectionRole.EntityName,
            RecordId.From(change.RecordId, "Connection role id"),
            QueueOperation.Upsert,
            payload.ToString());
    }
}
