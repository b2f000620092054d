using Microsoft.AspNetCore.Builder;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Dataverse.WebApi;
using MsiDynamics.Emulators.Dataverse.WebApi.Actions;
using MsiDynamics.Emulators.Kit.Hosting;

namespace MsiDynamics.Emulators.Dataverse;

/// <summary>
/// A local stand-in for the Dataverse Web API over loopback HTTP (architecture.md §7; dataverse.md §6): the tables of
/// architecture.md §4 and the standard ones the plug-ins touch, queries with <c>$select</c>/<c>$filter</c>/<c>$orderby</c>/
/// <c>$top</c> and paging, create, update and upsert with ETags, delete, <c>$batch</c> with change sets,
/// UpdateMultiple, Merge, QualifyLead, WhoAmI, BulkDelete (also scheduled and recurring), the step registrations, roles and
/// solution an admin's readiness check reads (SystemTables/, docs/doctor.md), Dataverse's error body, the service protection limits and injected
/// faults. Every request runs through <see cref="Organization"/>, whose pipeline runs the real plug-in steps.
/// </summary>
/// <remarks>
/// Any non-empty bearer token is accepted without a signature check: a JWT stands for the systemuser whose
/// <c>azureactivedirectoryobjectid</c> is its <c>oid</c> (<see cref="TokenFor"/> issues one), any other token for
/// the application user (<see cref="ApplicationUserId"/>); the limits are kept per user. Not emulated: <c>$expand</c>,
/// <c>$apply</c> beyond a filtered count by group, FetchXML and saved queries (each refused with 400), navigation through lookups in <c>$filter</c>,
/// CreateMultiple/UpsertMultiple, impersonation (CallerObjectId), token expiry.
/// </remarks>
public sealed class DataverseEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DataverseContext _context;

    private DataverseEmulator(WebApplication app, DataverseContext context, Uri baseUrl)
    {
        _app = app;
        _context = context;
        BaseUrl = baseUrl;
        WebApiUrl = new Uri(baseUrl, "api/data/v9.2/");
        context.WebApiUrl = WebApiUrl;
    }

    /// <summary>The organisation URL, "http://127.0.0.1:&lt;port&gt;/": the base of the MSAL scope "&lt;url&gt;/.default".</summary>
    public Uri BaseUrl { get; }

    /// <summary><see cref="BaseUrl"/> + "api/data/v9.2/": the service root every entity set is relative to.</summary>
    public Uri WebApiUrl { get; }

    /// <summary>The organisation behind the API: arrange and assert rows directly (Seed, Rows, Find, ServiceAs).</summary>
    public InMemoryOrganization Organization => _context.Organization;

    /// <summary>The options in force; most are read on every request (see <see cref="DataverseEmulatorOptions"/>).</summary>
    public DataverseEmulatorOptions Options => _context.Options;

    /// <summary>What clients did.</summary>
    public DataverseTraffic Traffic => _context.Traffic;

    /// <summary>The systemuser (an application user: applicationid set, accessmode 4) a token that is not a JWT stands for.</summary>
    public Guid ApplicationUserId => _context.ApplicationUserId;

    /// <summary>
    /// Runs, as the asynchronous service would, every BulkDelete job whose next run has come on the emulator's clock
    /// (dataverse.md §0.15): each deletes what its query set matches now, as the user who submitted it; a recurring one
    /// then waits for its next run. Returns how many jobs ran. The platform runs them by itself; the emulator, when asked.
    /// </summary>
    public int RunDueSystemJobs() => BulkDeleteJobs.RunDue(_context);

    /// <summary>
    /// A new bearer token for the systemuser <paramref name="systemUserId"/> (a JWT whose <c>oid</c> is the user's
    /// <c>azureactivedirectoryobjectid</c>): every call gives a different token, as a refresh does, for one user and
    /// one budget (dataverse.md §0.12).
    /// </summary>
    public string TokenFor(Guid systemUserId)
    {
        var user = Organization.Find(MsiDynamics.Schema.DataverseSchema.SystemUser.EntityName, systemUserId)
            ?? throw new ArgumentException($"There is no systemuser {systemUserId:D}.", nameof(systemUserId));
        var objectId = user.GetAttributeValue<Guid>(DataverseContext.ObjectIdColumn);
        return objectId != Guid.Empty
            ? WebApi.Http.BearerToken.Issue(objectId, _context.Time.GetUtcNow())
            : throw new ArgumentException($"The systemuser {systemUserId:D} has no {DataverseContext.ObjectIdColumn}.", nameof(systemUserId));
    }

    /// <summary>
    /// Starts Kestrel on 127.0.0.1:<see cref="DataverseEmulatorOptions.Port"/> (0 = a free port), with a new
    /// organisation on the options' clock and the steps of <see cref="DataverseEmulatorOptions.PluginAssemblies"/>
    /// registered.
    /// </summary>
    public static async Task<DataverseEmulator> StartAsync(DataverseEmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = new DataverseContext(options);
        var app = DataverseApp.Build(context);
        return new DataverseEmulator(app, context, await LoopbackApp.StartAsync(app, cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
