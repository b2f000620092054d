using System.Reflection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Execution;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline;

/// <summary>
/// An in-memory Dataverse organisation that runs plug-in steps as the platform does: the steps registered
/// on the plug-in assembly, in stage and rank order, with filtering attributes, images, depth, the SYSTEM
/// user, rollback of the whole request when a synchronous step throws (dataverse.md §2), and the doomed
/// transaction of a request whose child request failed even when a plug-in caught the failure (dataverse.md §0.9).
/// Thread-safe: concurrent callers are served one request chain at a time.
/// </summary>
/// <remarks>
/// Caveats: one transaction at a time; link entities, Associate and Custom APIs are not emulated.
/// </remarks>
public sealed class InMemoryOrganization
{
    private readonly OrganizationRuntime _org;
    private readonly MessagePipeline _pipeline;

    /// <param name="timeProvider">The clock for createdon/modifiedon and OperationCreatedOn; default the system clock.</param>
    public InMemoryOrganization(TimeProvider? timeProvider = null)
    {
        _org = new OrganizationRuntime(timeProvider ?? TimeProvider.System);
        _pipeline = new MessagePipeline(_org);
        SeedPlatformRows();
    }

    public Guid OrganizationId => _org.OrganizationId;

    /// <summary>The organisation's root business unit.</summary>
    internal Guid BusinessUnitId => _org.BusinessUnitId;

    /// <summary>The SYSTEM user: whom <c>CreateOrganizationService(null)</c> acts as.</summary>
    public Guid SystemUserId => _org.SystemUserId;

    /// <summary>The registered steps, in registration order.</summary>
    public IReadOnlyList<RegisteredStep> Steps
    {
        get
        {
            lock (_org.Gate)
            {
                return _org.Steps.All;
            }
        }
    }

    /// <summary>
    /// Requests the pipeline has run so far, top-level and child requests alike (a plug-in's Create of a queue row
    /// counts): the operations Dataverse counts against the organisation's entitlement (dataverse.md §0.12).
    /// </summary>
    public long OperationsExecuted
    {
        get
        {
            lock (_org.Gate)
            {
                return _org.OperationsExecuted;
            }
        }
    }

    /// <summary>Every line plug-ins traced, in order (kept when their request rolls back).</summary>
    public IReadOnlyList<string> Traces
    {
        get
        {
            lock (_org.Gate)
            {
                return [.. _org.Traces];
            }
        }
    }

    /// <summary>
    /// Registers every step declared with <c>CrmPluginRegistration</c> in <paramref name="pluginAssembly"/>.
    /// Throws <see cref="StepRegistrationException"/> for a step Dataverse would refuse or the harness cannot run.
    /// </summary>
    public void RegisterPlugins(Assembly pluginAssembly) => RegisterPlugins(pluginAssembly.GetTypes());

    /// <summary>
    /// Registers the steps declared on <paramref name="pluginTypes"/> only (tests that need a few), each stored as its
    /// <c>sdkmessageprocessingstep</c> row: disabling or deleting the row stops the step, as in Dataverse.
    /// </summary>
    public void RegisterPlugins(IEnumerable<Type> pluginTypes)
    {
        lock (_org.Gate)
        {
            var before = _org.Steps.All.Count;
            _org.Steps.Register(pluginTypes);
            Pipeline.Steps.StepRows.Store(_org, _org.Steps.All.Skip(before));
        }
    }

    /// <summary>A service acting as <paramref name="userId"/>; every request it sends runs through the pipeline at depth 1.</summary>
    public IOrganizationService ServiceAs(Guid userId) => new PipelineOrganizationService(_pipeline, userId, parent: null);

    /// <summary>
    /// Has every Create, Update and Upsert Target checked by <paramref name="validator"/> as the main operation takes it
    /// (after PreOperation), so a plug-in's write is validated as a caller's is; the validator throws
    /// <see cref="PlatformFaultException"/> (<see cref="PlatformFault.ValidationError"/>) to refuse one.
    /// </summary>
    internal void ValidateWritesWith(Action<Entity> validator)
    {
        lock (_org.Gate)
        {
            _org.WriteValidator = validator;
        }
    }

    /// <summary>Runs the requests <paramref name="work"/> sends as one transaction; commits when it returns true.</summary>
    internal bool RunInTransaction(Func<bool> work) => _pipeline.Transactions.Run(work);

    /// <summary>
    /// Inserts a row without running the pipeline (to arrange a test), filling the key, createdon/modifiedon,
    /// created by/owner SYSTEM unless given, state defaults and the version. Returns its id.
    /// </summary>
    public Guid Seed(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_org.Gate)
        {
            var id = Operations.RowIdentity.IdOf(row);
            id = id == Guid.Empty ? _org.Ids.Next() : id;
            if (_org.Store.Get(row.LogicalName, id) is not null)
            {
                throw new PlatformFaultException(PlatformFault.DuplicateRecord, $"{row.LogicalName} With Id = {id:D} is already seeded.");
            }

            _org.Store.Put(_org.Defaults.ForCreate(row, id, _org.SystemUserId, _org.UtcNow));
            return id;
        }
    }

    /// <summary>Copies of the stored rows of <paramref name="entityName"/>, in creation order, lookups with names.</summary>
    public IReadOnlyList<Entity> Rows(string entityName)
    {
        lock (_org.Gate)
        {
            return [.. _org.Store.All(entityName).Select(r => _org.Copier.CopyOut(r))];
        }
    }

    /// <summary>A copy of the row, or null when it does not exist.</summary>
    public Entity? Find(string entityName, Guid id)
    {
        lock (_org.Gate)
        {
            return _org.Store.Get(entityName, id) is { } row ? _org.Copier.CopyOut(row) : null;
        }
    }

    /// <summary>
    /// Makes the main operation of every later <paramref name="messageName"/> request on
    /// <paramref name="entityName"/> ("" or "*" = any table) throw <paramref name="exception"/>, after the
    /// PreOperation steps, so the request rolls back as a platform failure would.
    /// </summary>
    public void InjectFault(string messageName, string entityName, Exception exception)
    {
        lock (_org.Gate)
        {
            _org.Faults.Add(messageName, entityName, exception);
        }
    }

    private void SeedPlatformRows()
    {
        var system = new Entity(Tables.SystemUser, _org.SystemUserId);
        system.Attributes[Columns.FullName] = "SYSTEM";
        Seed(system);
        var unit = new Entity(Tables.BusinessUnit, _org.BusinessUnitId);
        unit.Attributes[Columns.Name] = _org.OrganizationName;
        Seed(unit);
    }
}
