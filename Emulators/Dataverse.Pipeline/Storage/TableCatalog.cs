using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// What the harness knows about a table without metadata: its key column, its primary name column, whether
/// it has an owner and a state. Unknown tables follow Dataverse's conventions for custom tables.
/// </summary>
internal static class TableCatalog
{
    // Organisation-owned tables have no ownerid (architecture.md §4; dataverse.md §3.2 for connectionrole);
    // systemuser, team and businessunit are business-unit owned and have no ownerid either.
    private static readonly HashSet<string> WithoutOwner = new(StringComparer.Ordinal)
    {
        Tables.SyncQueueItem, Tables.SyncSetting, Tables.SyncState, Tables.ConnectionRole,
        Tables.SystemUser, Tables.Team, Tables.BusinessUnit, Tables.Organization,
    };

    private static readonly HashSet<string> WithoutState = new(StringComparer.Ordinal)
    {
        Tables.SystemUser, Tables.Team, Tables.BusinessUnit, Tables.Organization,
    };

    // Person tables whose primary name is the computed fullname (dataverse.md §3.4).
    private static readonly HashSet<string> PersonTables = new(StringComparer.Ordinal)
    {
        Tables.Contact, Tables.Lead, Tables.SystemUser,
    };

    // Tables whose primary name column is neither fullname nor the conventional name (dataverse.md §3.4, §0.14):
    // the currency's name, and the subject of activities.
    private static readonly Dictionary<string, string> NamedOtherwise = new(StringComparer.Ordinal)
    {
        [Tables.TransactionCurrency] = "currencyname",
        [Tables.OpportunityClose] = Columns.Subject,
        [Tables.Task] = Columns.Subject,
    };

    /// <summary>The primary key column: <c>&lt;entity&gt;id</c> for every table.</summary>
    public static string PrimaryKeyOf(string entityName) => entityName + "id";

    /// <summary>
    /// The primary name column: fullname for people, currencyname for a currency, subject for an activity,
    /// <c>&lt;prefix&gt;_name</c> for custom tables (msi_name), <c>name</c> otherwise (account, opportunity, team,
    /// connection, connectionrole).
    /// </summary>
    public static string PrimaryNameOf(string entityName)
    {
        if (PersonTables.Contains(entityName))
        {
            return Columns.FullName;
        }

        if (NamedOtherwise.TryGetValue(entityName, out var column))
        {
            return column;
        }

        var underscore = entityName.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 ? entityName[..(underscore + 1)] + Columns.Name : Columns.Name;
    }

    public static bool HasOwner(string entityName) => !WithoutOwner.Contains(entityName);

    public static bool HasState(string entityName) => !WithoutState.Contains(entityName);

    /// <summary>True when Dataverse computes <c>fullname</c> from first and last name.</summary>
    public static bool HasComputedFullName(string entityName) => PersonTables.Contains(entityName);
}
