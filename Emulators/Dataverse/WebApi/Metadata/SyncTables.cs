using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// The solution's own tables (architecture.md §4): the queue msi_syncqueueitem (with a lookup to the record each row
/// is about, one per synced table; their "Remove Link" delete behaviour is the organisation's, dataverse.md §3.5), the per-entity msi_syncsetting (alternate
/// key msi_entity) and the key/value msi_syncstate. All three are organisation-owned (no ownerid) and, as custom tables, support the bulk messages (dataverse.md §0.13).
/// </summary>
internal static class SyncTables
{
    public static IEnumerable<TableMetadata> All()
    {
        yield return new TableBuilder(Q.EntityName, Q.EntitySetName)
            .Text(Q.Name, Q.NameMaxLength).Text(Q.Entity, 64).Text(Q.RecordId, 36)
            .Choice<QueueOperation>(Q.Operation)
            .Memo(Q.Payload, Q.PayloadMaxLength)
            .Choice<QueueStatus>(Q.Status)
            .Of(ColumnType.Integer, Q.Attempts)
            .Of(ColumnType.DateTime, Q.NextAttemptOn)
            .Memo(Q.LastError, Q.LastErrorMaxLength)
            .Text(Q.Reason, Q.ReasonMaxLength)
            .Text(Q.MarketoId, 50).Text(Q.CorrelationId, 36)
            .Choice<QueueLane>(Q.Lane)
            .Lookup(Q.LeadId, DataverseSchema.Lead.EntityName)
            .Lookup(Q.ContactId, DataverseSchema.Contact.EntityName)
            .Lookup(Q.AccountId, DataverseSchema.Account.EntityName)
            .Lookup(Q.OpportunityId, DataverseSchema.Opportunity.EntityName)
            .Lookup(Q.SystemUserId, DataverseSchema.SystemUser.EntityName)
            .State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Bulk().Build();

        yield return new TableBuilder(DataverseSchema.SyncSetting.EntityName, DataverseSchema.SyncSetting.EntitySetName)
            .Text("msi_name", 100).Text(DataverseSchema.SyncSetting.Entity, 64)
            .Of(ColumnType.Boolean, DataverseSchema.SyncSetting.Enabled)
            .State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .AlternateKey(DataverseSchema.SyncSetting.Entity)
            .Bulk().Build();

        yield return new TableBuilder(DataverseSchema.SyncState.EntityName, DataverseSchema.SyncState.EntitySetName)
            .Text(DataverseSchema.SyncState.Name, 100).Text(DataverseSchema.SyncState.Value)
            .State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Bulk().Build();
    }
}
