using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Limits;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;
using MsiDynamics.Schema;

namespace MsiDynamics.Emulators.Dataverse.WebApi;

/// <summary>
/// What every request of one emulator shares: the options (read on every request), the organisation behind the
/// Web API, the application user callers act as, the limits, the fault generator and the traffic counters.
/// </summary>
internal sealed class DataverseContext
{
    /// <summary>The systemuser column holding the user's Entra object id, the <c>oid</c> of its tokens.</summary>
    public const string ObjectIdColumn = "azureactivedirectoryobjectid";

    public DataverseContext(DataverseEmulatorOptions options)
    {
        Options = options;
        Sets = SystemTables.AbsentSchema.Remove(EntitySets.Standard, options.AbsentSchema);
        Time = options.TimeProvider;
        Organization = new InMemoryOrganization(Time);
        Organization.ValidateWritesWith(ColumnValidation.For(Sets));
        foreach (var assembly in options.PluginAssemblies)
        {
            Organization.RegisterPlugins(assembly);
        }

        ApplicationUserId = SeedApplicationUser(Organization);
        SystemTables.SolutionRows.Seed(Organization, ApplicationUserId);
    }

    public DataverseEmulatorOptions Options { get; }

    /// <summary>The clock of the options at start: the organisation's createdon/modifiedon use it too.</summary>
    public TimeProvider Time { get; }

    public InMemoryOrganization Organization { get; }

    /// <summary>The tables served: the standard ones less <see cref="DataverseEmulatorOptions.AbsentSchema"/>.</summary>
    public EntitySets Sets { get; }

    /// <summary>The application user (systemuser with applicationid, accessmode 4) a token that is not a JWT stands for.</summary>
    public Guid ApplicationUserId { get; }

    public DataverseTraffic Traffic { get; } = new();

    public ServiceProtection Protection { get; } = new();

    public FaultInjector Faults { get; } = new();

    /// <summary>
    /// "http://127.0.0.1:&lt;port&gt;/api/data/v9.2/", known once Kestrel listens: the base of absolute URLs in answers
    /// to a request that named no host (answers otherwise use the host the caller addressed, ApiRequest.ServiceRoot).
    /// </summary>
    public Uri WebApiUrl { get; set; } = new("http://127.0.0.1/api/data/v9.2/");

    /// <summary>
    /// Keeps the work of one request apart from the others', so the pipeline's operation count between its start
    /// and its end is its own (entitlement operations and execution time, dataverse.md §0.12).
    /// </summary>
    public object WorkGate { get; } = new();

    public IOrganizationService ServiceFor(Guid userId) => Organization.ServiceAs(userId);

    /// <summary>
    /// The systemuser a bearer token stands for: a JWT's <c>oid</c> names the user with that
    /// <c>azureactivedirectoryobjectid</c> (null when the environment has none); any other token, the application user.
    /// </summary>
    public Guid? UserFor(string token)
    {
        if (Http.BearerToken.ObjectId(token) is not { } objectId)
        {
            return ApplicationUserId;
        }

        return Organization.Rows(DataverseSchema.SystemUser.EntityName)
            .FirstOrDefault(u => u.GetAttributeValue<Guid>(ObjectIdColumn) == objectId)?.Id;
    }

    // The worker's app registration exists in the environment as an application user (dataverse.md §6 Auth).
    private static Guid SeedApplicationUser(InMemoryOrganization organization)
    {
        var user = new Entity(DataverseSchema.SystemUser.EntityName);
        user["firstname"] = "#";
        user["lastname"] = "MsiDynamics Companion";
        user["internalemailaddress"] = "msidynamics-companion@sandbox.invalid";
        user["applicationid"] = Guid.NewGuid();
        user[ObjectIdColumn] = Guid.NewGuid();
        user["accessmode"] = new OptionSetValue(4);
        user["isdisabled"] = false;
        user["businessunitid"] = new EntityReference("businessunit", organization.BusinessUnitId);
        return organization.Seed(user);
    }
}
