namespace MsiDynamics.Schema;

/// <summary>
/// Logical names of the Dataverse tables and columns that the plug-ins and the worker share
/// (architecture.md §4, dataverse.md §3). Compiled into both assemblies from this one file.
/// </summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
static class DataverseSchema
{
    /// <summary>The outbox row written by the plug-ins and drained by the worker.</summary>
    public static class SyncQueueItem
    {
        public const string EntityName = "msi_syncqueueitem";
        public const string EntitySetName = "msi_syncqueueitems";
        public const string Id = "msi_syncqueueitemid";
        public const string Name = "msi_name";
        public const string Entity = "msi_entity";
        public const string RecordId = "msi_recordid";
        public const string Operation = "msi_operation";
        public const string Payload = "msi_payload";
        public const string Status = "msi_status";
        public const string Attempts = "msi_attempts";
        public const string NextAttemptOn = "msi_nextattempton";
        public const string LastError = "msi_lasterror";

        /// <summary>
        /// The short, stable form of <see cref="LastError"/>, for grouping (a chart or a view cannot group by a
        /// multiline column): its first sentence with GUIDs replaced by <c>{id}</c>; written with it, cleared with it.
        /// </summary>
        public const string Reason = "msi_reason";
        public const string MarketoId = "msi_marketoid";
        public const string CorrelationId = "msi_correlationid";
        public const string Lane = "msi_lane";
        public const string CreatedOn = "createdon";

        /// <summary>
        /// Lookups to the record a row is about, one per synced table (architecture.md §4): set by the plug-in in
        /// the row's own Create, so a record's form can list its queue rows (its sync status) at no extra call.
        /// Their relationships remove the link when the record is deleted (dataverse.md §3.5); a Delete row
        /// carries none, as its record is going in the same transaction.
        /// </summary>
        public const string LeadId = "msi_leadid";
        public const string ContactId = "msi_contactid";
        public const string AccountId = "msi_accountid";
        public const string OpportunityId = "msi_opportunityid";
        public const string SystemUserId = "msi_systemuserid";

        /// <summary>The tables a queue row can link to, in the order of their lookups above.</summary>
        public static readonly string[] LinkedTables =
        {
            Lead.EntityName, Contact.EntityName, Account.EntityName, Opportunity.EntityName, SystemUser.EntityName,
        };

        public const int NameMaxLength = 200;
        public const int PayloadMaxLength = 10000;
        public const int LastErrorMaxLength = 4000;

        /// <summary>
        /// Length of <see cref="Reason"/>: the 160 characters the worker's <c>status</c> has always cut a reason at, so
        /// a reason stored in the column and one derived from an older row's error group together; room for the
        /// longest first sentence the worker writes ("Gave up after 5 attempts: …" with a Marketo code and message).
        /// </summary>
        public const int ReasonMaxLength = 160;

        /// <summary>The lookup column that links a queue row to a record of <paramref name="table"/>, or null for another table.</summary>
        public static string? LinkColumnFor(string table)
        {
            switch (table)
            {
                case Lead.EntityName: return LeadId;
                case Contact.EntityName: return ContactId;
                case Account.EntityName: return AccountId;
                case Opportunity.EntityName: return OpportunityId;
                case SystemUser.EntityName: return SystemUserId;
                default: return null;
            }
        }
    }

    /// <summary>One row per synced entity; alternate key <see cref="Entity"/>.</summary>
    public static class SyncSetting
    {
        public const string EntityName = "msi_syncsetting";
        public const string EntitySetName = "msi_syncsettings";
        public const string Id = "msi_syncsettingid";
        public const string Entity = "msi_entity";
        public const string Enabled = "msi_enabled";
    }

    /// <summary>Key/value rows the worker instances share (write-back paging token, last reconcile).</summary>
    public static class SyncState
    {
        public const string EntityName = "msi_syncstate";
        public const string EntitySetName = "msi_syncstates";
        public const string Id = "msi_syncstateid";
        public const string Name = "msi_name";
        public const string Value = "msi_value";
    }

    /// <summary>The MSI columns that the write-back fills on lead and contact; never captured.</summary>
    public static class MsiColumns
    {
        public const string LastInterestingMomentType = "msi_lastinterestingmomenttype";
        public const string LastInterestingMomentDate = "msi_lastinterestingmomentdate";
        public const string LastInterestingMomentDesc = "msi_lastinterestingmomentdesc";
        public const string LastInterestingMomentSource = "msi_lastinterestingmomentsource";
        public const string Priority = "msi_priority";
        public const string RelativeUrgency = "msi_relativeurgency";
        public const string RelativeScore = "msi_relativescore";
        public const string MarketoLeadId = "msi_marketoleadid";

        public static readonly string[] All =
        {
            LastInterestingMomentType, LastInterestingMomentDate, LastInterestingMomentDesc,
            LastInterestingMomentSource, Priority, RelativeUrgency, RelativeScore, MarketoLeadId,
        };
    }

    public static class SystemUser
    {
        public const string EntityName = "systemuser";
        public const string EntitySetName = "systemusers";
        public const string Id = "systemuserid";
    }

    public static class Account
    {
        public const string EntityName = "account";
        public const string EntitySetName = "accounts";
        public const string Id = "accountid";
    }

    public static class Lead
    {
        public const string EntityName = "lead";
        public const string EntitySetName = "leads";
        public const string Id = "leadid";
    }

    public static class Contact
    {
        public const string EntityName = "contact";
        public const string EntitySetName = "contacts";
        public const string Id = "contactid";
    }

    public static class Opportunity
    {
        public const string EntityName = "opportunity";
        public const string EntitySetName = "opportunities";
        public const string Id = "opportunityid";
    }

    public static class Connection
    {
        public const string EntityName = "connection";
        public const string EntitySetName = "connections";
        public const string Id = "connectionid";
        public const string Record1Id = "record1id";
        public const string Record2Id = "record2id";
        public const string Record1RoleId = "record1roleid";
        public const string Record2RoleId = "record2roleid";
        public const string IsMaster = "ismaster";
        public const string RelatedConnectionId = "relatedconnectionid";
    }

    public static class ConnectionRole
    {
        public const string EntityName = "connectionrole";
        public const string EntitySetName = "connectionroles";
        public const string Id = "connectionroleid";
        public const string Name = "name";
        public const string Category = "category";

        /// <summary>The Stakeholder category (dataverse.md §3.2): the default roles that sync.</summary>
        public const int StakeholderCategory = 1000;
    }

    /// <summary>Columns common to the synced tables.</summary>
    public static class Common
    {
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string EmailAddress1 = "emailaddress1";

        /// <summary>When the row was created; every table has it (the worker orders by it).</summary>
        public const string CreatedOn = "createdon";

        /// <summary>The primary name of account, opportunity and connectionrole.</summary>
        public const string Name = "name";
    }
}
