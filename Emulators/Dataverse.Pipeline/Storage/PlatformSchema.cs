namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// Logical names of the platform's tables, columns, messages and parameter keys that the harness fills or
/// reads (dataverse.md §2.3 for messages and parameters, §3 for tables and columns).
/// </summary>
internal static class PlatformSchema
{
    internal static class Tables
    {
        public const string SystemUser = "systemuser";
        public const string BusinessUnit = "businessunit";
        public const string Organization = "organization";
        public const string Team = "team";
        public const string Account = "account";
        public const string Contact = "contact";
        public const string Lead = "lead";
        public const string Opportunity = "opportunity";
        public const string Connection = "connection";
        public const string ConnectionRole = "connectionrole";
        public const string TransactionCurrency = "transactioncurrency";
        public const string OpportunityClose = "opportunityclose";
        public const string Task = "task";
        public const string SyncQueueItem = "msi_syncqueueitem";
        public const string SyncSetting = "msi_syncsetting";
        public const string SyncState = "msi_syncstate";
    }

    internal static class Columns
    {
        public const string CreatedOn = "createdon";
        public const string ModifiedOn = "modifiedon";
        public const string CreatedBy = "createdby";
        public const string ModifiedBy = "modifiedby";
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string VersionNumber = "versionnumber";
        public const string Name = "name";
        public const string FullName = "fullname";
        public const string FirstName = "firstname";
        public const string LastName = "lastname";
        public const string Subject = "subject";
        public const string CompanyName = "companyname";
        public const string EmailAddress1 = "emailaddress1";
        public const string JobTitle = "jobtitle";
        public const string Telephone1 = "telephone1";
        public const string Merged = "merged";
        public const string MasterId = "masterid";
        public const string OriginatingLeadId = "originatingleadid";
        public const string ParentCustomerId = "parentcustomerid";
        public const string ParentAccountId = "parentaccountid";
        public const string ParentContactId = "parentcontactid";
        public const string CustomerId = "customerid";
    }

    /// <summary>
    /// The sync queue's columns the due-rows read filters and sorts on (architecture.md §3–§4), and its lookups to the
    /// record each row is about (architecture.md §4).
    /// </summary>
    internal static class SyncQueue
    {
        public const string Status = "msi_status";
        public const string Lane = "msi_lane";
        public const string LeadId = "msi_leadid";
        public const string ContactId = "msi_contactid";
        public const string AccountId = "msi_accountid";
        public const string OpportunityId = "msi_opportunityid";
        public const string SystemUserId = "msi_systemuserid";
    }

    /// <summary>The connection's paired columns (dataverse.md §3.1).</summary>
    internal static class Connection
    {
        public const string IsMaster = "ismaster";
        public const string RelatedConnectionId = "relatedconnectionid";
        public const string Record1Id = "record1id";
        public const string Record2Id = "record2id";
        public const string Record1RoleId = "record1roleid";
        public const string Record2RoleId = "record2roleid";
        public const string Record1ObjectTypeCode = "record1objecttypecode";
        public const string Record2ObjectTypeCode = "record2objecttypecode";
    }

    internal static class Messages
    {
        public const string Create = "Create";
        public const string Update = "Update";
        public const string Delete = "Delete";
        public const string Retrieve = "Retrieve";
        public const string RetrieveMultiple = "RetrieveMultiple";
        public const string Assign = "Assign";
        public const string SetState = "SetState";
        public const string SetStateDynamicEntity = "SetStateDynamicEntity";
        public const string Merge = "Merge";
        public const string QualifyLead = "QualifyLead";
    }

    /// <summary>InputParameters / OutputParameters keys (dataverse.md §2.3, §1.3 for the response keys).</summary>
    internal static class Parameters
    {
        public const string Target = "Target";
        public const string ColumnSet = "ColumnSet";
        public const string Query = "Query";
        public const string Id = "id";
        public const string Entity = "Entity";
        public const string EntityCollection = "EntityCollection";
        public const string Assignee = "Assignee";
        public const string EntityMoniker = "EntityMoniker";
        public const string State = "State";
        public const string Status = "Status";
        public const string SubordinateId = "SubordinateId";
        public const string UpdateContent = "UpdateContent";
        public const string PerformParentingChecks = "PerformParentingChecks";
        public const string LeadId = "LeadId";
        public const string CreateAccount = "CreateAccount";
        public const string CreateContact = "CreateContact";
        public const string CreateOpportunity = "CreateOpportunity";
        public const string OpportunityCustomerId = "OpportunityCustomerId";
        public const string CreatedEntities = "CreatedEntities";
    }
}
