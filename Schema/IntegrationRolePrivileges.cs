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
        // The queue: read due rows, complete them (UpdateMultiple); the retention job deletes old ones.
        [DataverseSchema.SyncQueueItem.EntityName] = new[] { Privilege.Delete, Privilege.Read, Privilege.Write },
        [DataverseSchema.SyncSetting.EntityName] = new[] { Privilege.Read },
        // The drain lease and the shared state rows: created once, then written.
        [DataverseSchema.SyncState.EntityName] = new[] { Privilege.Create, Privilege.Read, Privilege.Write },
        // The synced records are only read, except lead and contact, whose MSI columns the write-back fills.
        [DataverseSchema.Lead.EntityName] = new[] { Privilege.Read, Privilege.Write },
        [DataverseSchema.Contact.EntityName] = new[] { Privilege.Read, Privilege.Write },
        [DataverseSchema.Account.EntityName] = new[] { Privilege.Read },
        [DataverseSchema.Opportunity.EntityName] = new[] { Privilege.Read },
        [DataverseSchema.SystemUser.EntityName] = new[] { Privilege.Read },
        [DataverseSchema.Connection.EntityName] = new[] { Privilege.Read },
        [DataverseSchema.ConnectionRole.EntityName] = new[] { Privilege.Read },
        // The retention job is found by its name before it is scheduled.
        ["bulkdeleteoperation"] = new[] { Privilege.Read },
        // Table and column definitions: the column limits the write-back clips to (dataverse.md §3.4).
        ["entity"] = new[] { Privilege.Read },
        ["attribute"] = new[] { Privilege.Read },
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
