using MsiDynamics.Schema;
using M = MsiDynamics.Schema.DataverseSchema.MsiColumns;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;
using S = MsiDynamics.Schema.DataverseSchema.SyncSetting;
using T = MsiDynamics.Schema.DataverseSchema.SyncState;

namespace MsiDynamics.Solution.Packer.Schema;

/// <summary>
/// The solution's tables and columns: names and choices from Schema/, kinds and lengths as architecture.md §4 gives
/// them. This is the one table the Entity.xml files are generated from; what Schema/ does not name (the primary name
/// of msi_syncsetting, the length of msi_syncstate's value) is decided here and described in docs/solution.md.
/// </summary>
internal static class SolutionTables
{
    /// <summary>Length of the primary name of msi_syncsetting and msi_syncstate.</summary>
    public const int ShortNameLength = 100;

    /// <summary>Length of msi_syncstate.msi_value (a paging token, a lease holder and expiry, a timestamp).</summary>
    public const int StateValueLength = 4000;

    public static IReadOnlyList<SolutionTable> All { get; } =
    [
        new(Q.EntityName, Q.EntityName, "Sync queue item", "Sync queue items",
        [
            new(Q.Name, ColumnKind.Text, "Name", Q.NameMaxLength) { IsPrimaryName = true },
            new(Q.Entity, ColumnKind.Text, "Table", 64),
            new(Q.RecordId, ColumnKind.Text, "Record id", 36),
            new(Q.Operation, ColumnKind.Choice, "Operation") { Options = typeof(QueueOperation) },
            new(Q.Payload, ColumnKind.Multiline, "Payload", Q.PayloadMaxLength),
            new(Q.Status, ColumnKind.Choice, "Status") { Options = typeof(QueueStatus) },
            new(Q.Attempts, ColumnKind.WholeNumber, "Attempts"),
            new(Q.NextAttemptOn, ColumnKind.DateTime, "Next attempt on"),
            new(Q.LastError, ColumnKind.Multiline, "Last error", Q.LastErrorMaxLength),
            new(Q.Reason, ColumnKind.Text, "Reason", Q.ReasonMaxLength)
            {
                Description = "The short, stable form of msi_lasterror, for grouping: GUIDs and ids replaced.",
            },
            new(Q.MarketoId, ColumnKind.Text, "Marketo id", 50),
            new(Q.CorrelationId, ColumnKind.Text, "Correlation id", 36),
            new(Q.Lane, ColumnKind.Choice, "Lane") { Options = typeof(QueueLane) },
            new(Q.LeadId, ColumnKind.Lookup, "Lead") { Target = "lead" },
            new(Q.ContactId, ColumnKind.Lookup, "Contact") { Target = "contact" },
            new(Q.AccountId, ColumnKind.Lookup, "Account") { Target = "account" },
            new(Q.OpportunityId, ColumnKind.Lookup, "Opportunity") { Target = "opportunity" },
            new(Q.SystemUserId, ColumnKind.Lookup, "User") { Target = "systemuser" },
        ])
        {
            IsNew = true, EntitySetName = Q.EntitySetName,
            Description = "One change of a CRM record waiting to be pushed to Marketo (the outbox).",
        },
        new(S.EntityName, S.EntityName, "Sync setting", "Sync settings",
        [
            new("msi_name", ColumnKind.Text, "Name", ShortNameLength) { IsPrimaryName = true },
            new(S.Entity, ColumnKind.Text, "Table", 64),
            new(S.Enabled, ColumnKind.YesNo, "Enabled") { DefaultYes = true },
        ])
        {
            IsNew = true, EntitySetName = S.EntitySetName, AlternateKeyColumn = S.Entity,
            Description = "Whether changes of one table are synced to Marketo.",
        },
        new(T.EntityName, T.EntityName, "Sync state", "Sync states",
        [
            new(T.Name, ColumnKind.Text, "Name", ShortNameLength) { IsPrimaryName = true },
            new(T.Value, ColumnKind.Multiline, "Value", StateValueLength),
        ])
        {
            IsNew = true, EntitySetName = T.EntitySetName,
            Description = "Values the sync workers share: the drain lease, paging tokens, the last reconcile.",
        },
        new(DataverseSchema.Lead.EntityName, "Lead", "Lead", "Leads", MsiColumns()),
        new(DataverseSchema.Contact.EntityName, "Contact", "Contact", "Contacts", MsiColumns()),

        // No columns: in the solution for the "Marketo sync" form, which lists an account's or opportunity's queue rows.
        new(DataverseSchema.Account.EntityName, "Account", "Account", "Accounts", []),
        new(DataverseSchema.Opportunity.EntityName, "Opportunity", "Opportunity", "Opportunities", []),
    ];

    /// <summary>The table named <paramref name="logicalName"/>, or null.</summary>
    public static SolutionTable? Find(string logicalName) => All.FirstOrDefault(t => t.LogicalName == logicalName);

    private static SolutionColumn[] MsiColumns() =>
    [
        new(M.LastInterestingMomentType, ColumnKind.Text, "Last interesting moment type", 255),
        new(M.LastInterestingMomentDate, ColumnKind.DateTime, "Last interesting moment date"),
        new(M.LastInterestingMomentDesc, ColumnKind.Multiline, "Last interesting moment description", 2000),
        new(M.LastInterestingMomentSource, ColumnKind.Text, "Last interesting moment source", 255),
        new(M.Priority, ColumnKind.WholeNumber, "Priority"),
        new(M.RelativeUrgency, ColumnKind.WholeNumber, "Relative urgency"),
        new(M.RelativeScore, ColumnKind.WholeNumber, "Relative score"),
        new(M.MarketoLeadId, ColumnKind.Text, "Marketo lead id", 50),
    ];
}
