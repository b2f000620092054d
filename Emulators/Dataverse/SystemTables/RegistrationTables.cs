using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;
using MsiDynamics.Schema;

namespace MsiDynamics.Emulators.Dataverse.SystemTables;

/// <summary>
/// The platform tables an administrator's readiness check reads (docs/doctor.md), with only the columns it needs and
/// Dataverse's names (Microsoft Learn, Web API EntityType reference of each table):
/// <c>sdkmessageprocessingstep</c> [sdkmessageprocessingsteps] — name, stage, mode, rank, filteringattributes,
/// statecode 0 Enabled / 1 Disabled with statuscode 1 Enabled / 2 Disabled, lookups sdkmessageid, sdkmessagefilterid,
/// plugintypeid and eventhandler; <c>sdkmessage</c> [sdkmessages] — name; <c>sdkmessagefilter</c> [sdkmessagefilters] —
/// sdkmessageid, primaryobjecttypecode (the table's logical name, Edm.String), iscustomprocessingstepallowed;
/// <c>plugintype</c> [plugintypes] — typename, name, assemblyname; <c>role</c> [roles] — name, businessunitid;
/// <c>solution</c> [solutions] — uniquename, friendlyname, version, ismanaged. The rows of the first four are the
/// pipeline's own registration (StepRows); the others are seeded by <see cref="SolutionRows"/>.
/// </summary>
internal static class RegistrationTables
{
    public const string Role = "role";
    public const string Roles = "roles";
    public const string Solution = "solution";
    public const string Solutions = "solutions";

    private static readonly (int, string)[] StepStates = [(0, "Enabled"), (1, "Disabled")];
    private static readonly (int, string)[] StepStatuses = [(1, "Enabled"), (2, "Disabled")];

    public static IEnumerable<TableMetadata> All()
    {
        yield return new TableBuilder("sdkmessageprocessingstep", "sdkmessageprocessingsteps")
            .Text(256, "name").Text(100_000, "filteringattributes")
            .Choice("stage", (10, "Pre-validation"), (20, "Pre-operation"), (30, "Main Operation"), (40, "Post-operation"))
            .Choice("mode", (0, "Synchronous"), (1, "Asynchronous"))
            .Of(ColumnType.Integer, "rank")
            .Lookup("sdkmessageid", "sdkmessage")
            .Lookup("sdkmessagefilterid", "sdkmessagefilter")
            .Lookup("plugintypeid", "plugintype")
            .Lookup("eventhandler", "plugintype")
            .State(StepStates, StepStatuses)
            .Build();

        yield return new TableBuilder("sdkmessage", "sdkmessages").Text(256, "name").Build();

        yield return new TableBuilder("sdkmessagefilter", "sdkmessagefilters")
            .Lookup("sdkmessageid", "sdkmessage")
            .Text(128, "primaryobjecttypecode")
            .Of(ColumnType.Boolean, "iscustomprocessingstepallowed")
            .Build();

        yield return new TableBuilder("plugintype", "plugintypes")
            .Text(256, "typename", "name").Text(100, "assemblyname")
            .Build();

        yield return new TableBuilder(Role, Roles)
            .Text(100, "name")
            .Lookup("businessunitid", "businessunit")
            .Build();

        yield return new TableBuilder(Solution, Solutions)
            .Text(65, "uniquename").Text(256, "friendlyname").Text(256, "version")
            .Of(ColumnType.Boolean, "ismanaged")
            .PrimaryName("friendlyname")
            .Build();
    }

    /// <summary>The role the solution ships for the worker's application user (Schema's name).</summary>
    public static string IntegrationRoleName => IntegrationRolePrivileges.RoleName;
}
