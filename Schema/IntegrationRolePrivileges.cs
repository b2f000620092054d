namespace MsiDynamics.Schema;

/// <summary>
/// The privileges of the "MSI Sync Integration" security role, which the worker's application user holds: exactly what
/// the worker's Web API calls use, each at Organization depth (least privilege; the application user of dataverse.md §6 Auth). The solution's role
/// is generated from this list, and a test runs the worker's operations against the Dataverse emulator and compares
/// the privileges their requests imply with it, so a new call that needs more fails that test until the list says so.
/// The plug-ins need none of these: they write the queue as SYSTEM (architecture.md §3 step 2).
/// </summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
static class IntegrationRolePrivileges
{
    public const string RoleName = "MSI Sync Integration";

    /// <summary>The depth of every privilege: the whole organisation ("Global" in a role's XML).</summary>
    public const string Depth = "Organization";

    /// <summary>The miscellaneous privilege that lets the worker schedule the queue's retention job (dataverse.md §0.15).</summary>
    public const string BulkDelete = "prvBulkDelete";

    /// <summary>Table logical name → the privileges the role has on it, in <see cref="Privilege"/>'s names, sorted.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Tables = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // The queue: the drain reads due rows and completes them (UpdateMultiple); the retention job deletes old ones;
        // backfill creates its rows (CreateMultiple), each linked to its record by a lookup (Append); status aggregates it.
        [DataverseSchema.SyncQueueItem.EntityName] = new[] { Privilege.Append, Privilege.Create, Privilege.Delete, Privilege.Read, Privilege.Write },
        // Read by the drain, backfill, verify and doctor.
        [DataverseSchema.SyncSetting.EntityName] = new[] { Privilege.Read },
        // The drain lease, the standby presence rows (upserted, and marked expired rather than deleted), the write-back's
        // positions and backfill's position per table: created once, then written; status reads the lease rows.
        [DataverseSchema.SyncState.EntityName] = new[] { Privilege.Create, Privilege.Read, Privilege.Write },
        // The synced records: read by the drain, backfill and verify; lead and contact written back (the MSI columns).
        // AppendTo on each table a backfill row links to (msi_leadid, msi_contactid, msi_accountid, msi_opportunityid,
        // msi_systemuserid): setting a lookup appends the queue row to the referenced record.
        [DataverseSchema.Lead.EntityName] = new[] { Privilege.AppendTo, Privilege.Read, Privilege.Write },
        [DataverseSchema.Contact.EntityName] = new[] { Privilege.AppendTo, Privilege.Read, Privilege.Write },
        [DataverseSchema.Account.EntityName] = new[] { Privilege.AppendTo, Privilege.Read },
        [DataverseSchema.Opportunity.EntityName] = new[] { Privilege.AppendTo, Privilege.Read },
        [DataverseSchema.SystemUser.EntityName] = new[] { Privilege.AppendTo, Privilege.Read },
        [DataverseSchema.Connection.EntityName] = new[] { Privilege.Read },
        [DataverseSchema.ConnectionRole.EntityName] = new[] { Privilege.Read },
        // The retention job is found by its name before it is scheduled (and by doctor).
        ["bulkdeleteoperation"] = new[] { Privilege.Read },
        // Table and column definitions: the column limits the write-back clips to (dataverse.md §3.4); doctor's table checks.
        ["entity"] = new[] { Privilege.Read },
        ["attribute"] = new[] { Privilege.Read },
        // doctor: the plug-in steps and their message filters. sdkmessagefilter has no privileges of its own: reading it
        // takes Read on sdkmessage (prvReadSdkMessage), which covers the message tables.
        ["sdkmessageprocessingstep"] = new[] { Privilege.Read },
        ["sdkmessage"] = new[] { Privilege.Read },
        // doctor: the application user's roles (systemuserroles_association) and the MsiDynamics solution row.
        ["role"] = new[] { Privilege.Read },
        ["solution"] = new[] { Privilege.Read },
    };

    /// <summary>The privileges the role has that belong to no table.</summary>
    public static readonly string[] Miscellaneous = { BulkDelete };

    /// <summary>The table privileges of a Dataverse security role.</summary>
    public static class Privilege
    {
        public const string Create = "Create";
        public const string Read = "Read";
        public const string Write = "Write";
        public const string Delete = "Delete";
        public const string Append = "Append";
        public const string AppendTo = "AppendTo";
    }
}
