namespace MsiDynamics.Schema;

/// <summary>
/// The columns the default Marketo mapping reads, per table. They are the Update steps' filtering
/// attributes (architecture.md §5), the capture engine's test for "this change matters", and what the worker
/// selects when it reads a record. The MSI columns are deliberately absent, so the write-back never
/// re-enters the queue (dataverse.md §0.5).
/// </summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
static class SyncedColumns
{
    public const string SystemUser = "firstname,lastname,internalemailaddress,isdisabled";

    public const string Account =
        "name,websiteurl,telephone1,address1_line1,address1_city,address1_stateorprovince,"
        + "address1_postalcode,address1_country,numberofemployees,revenue,industrycode,ownerid,statecode";

    public const string Lead =
        "firstname,lastname,emailaddress1,jobtitle,companyname,telephone1,mobilephone,address1_city,"
        + "address1_stateorprovince,address1_postalcode,address1_country,parentaccountid,ownerid,statecode,statuscode";

    public const string Contact =
        "firstname,lastname,emailaddress1,jobtitle,telephone1,mobilephone,address1_city,address1_stateorprovince,"
        + "address1_postalcode,address1_country,parentcustomerid,ownerid,statecode";

    public const string Opportunity =
        "name,description,estimatedvalue,estimatedclosedate,actualclosedate,closeprobability,stepname,"
        + "parentaccountid,customerid,ownerid,statecode,statuscode";

    public const string Connection = "record1id,record2id,record1roleid,record2roleid,statecode";

    public const string ConnectionRole = "name,category";

    /// <summary>The synced columns of <paramref name="entityName"/>, or an empty array for a table we do not sync.</summary>
    public static string[] For(string entityName) => Split(entityName switch
    {
        DataverseSchema.SystemUser.EntityName => SystemUser,
        DataverseSchema.Account.EntityName => Account,
        DataverseSchema.Lead.EntityName => Lead,
        DataverseSchema.Contact.EntityName => Contact,
        DataverseSchema.Opportunity.EntityName => Opportunity,
        DataverseSchema.Connection.EntityName => Connection,
        DataverseSchema.ConnectionRole.EntityName => ConnectionRole,
        _ => string.Empty,
    });

    private static string[] Split(string columns) =>
        columns.Length == 0 ? new string[0] : columns.Split(',');
}
