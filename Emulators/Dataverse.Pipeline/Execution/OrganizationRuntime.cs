using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Steps;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// The state of one emulated organisation that every part of the pipeline shares: identity, clock, rows,
/// steps, traces, faults and the asynchronous queue. All of it is guarded by <see cref="Gate"/>.
/// </summary>
internal sealed class OrganizationRuntime
{
    public OrganizationRuntime(TimeProvider time)
    {
        Time = time;
        Store = new RowStore();
        Copier = new RowCopier(Store);
        Defaults = new RowDefaults(Store);
    }

    public Guid OrganizationId { get; } = Guid.NewGuid();

    public string OrganizationName => "msidynamicssandbox";

    public Guid SystemUserId { get; } = Guid.NewGuid();

    public Guid BusinessUnitId { get; } = Guid.NewGuid();

    public TimeProvider Time { get; }

    /// <summary>Serialises callers: one request chain runs at a time. Re-entrant, so plug-ins can call back.</summary>
    public Lock Gate { get; } = new();

    public RowStore Store { get; }

    public RowCopier Copier { get; }

    public RowDefaults Defaults { get; }

    /// <summary>Sequential ids for new rows, as the platform makes them.</summary>
    public RowIds Ids { get; } = new();

    public StepCatalog Steps { get; } = new();

    public PluginActivator Plugins { get; } = new();

    public List<string> Traces { get; } = [];

    public InjectedFaults Faults { get; } = new();

    public AsyncStepQueue Async { get; } = new();

    /// <summary>Ids of connection halves the platform is writing as the mirror of the other half.</summary>
    public HashSet<Guid> ConnectionMirrors { get; } = [];

    /// <summary>
    /// Requests the pipeline has run, callers' and plug-ins' alike, each child request counted (dataverse.md §0.12:
    /// Power Platform requests count every operation, including those plug-ins make). Guarded by <see cref="Gate"/>.
    /// </summary>
    public long OperationsExecuted { get; set; }

    /// <summary>
    /// True once a request failed inside the open transaction that it did not open itself: the operation is doomed,
    /// every later request of it fails and it cannot commit (dataverse.md §0.9). Cleared when a transaction begins or ends.
    /// </summary>
    public bool Doomed { get; set; }

    /// <summary>Checks the Target of every Create, Update and Upsert before it is stored; null checks nothing.</summary>
    public Action<Entity>? WriteValidator { get; set; }

    /// <summary>How many service calls are on the stack; the outermost one drains the asynchronous queue.</summary>
    public int ActiveCalls { get; set; }

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    public void BeginTransaction()
    {
        Store.Begin();
        Doomed = false;
    }

    /// <summary>Commits, or throws "There is no active transaction" when a failed request has doomed the transaction.</summary>
    public void Commit()
    {
        if (Doomed)
        {
            throw TransactionFaults.NoActiveTransaction();
        }

        Store.Commit();
        Async.Commit();
    }

    public void Rollback()
    {
        Store.Rollback();
        Async.Rollback();
        Doomed = false;
    }
}
