using MsiDynamics.Emulators.Kit.Traffic;

namespace MsiDynamics.Emulators.Dataverse;

/// <summary>
/// What clients did to the Dataverse emulator, for assertions and benchmarks (architecture.md §8: requests per queue row),
/// with both of Dataverse's costs (dataverse.md §0.12): <see cref="ServiceProtectionRequests"/> and
/// <see cref="EntitlementOperations"/>. A <c>$batch</c> is one request in <see cref="TotalRequests"/> — as it is one
/// for the service protection budget — and each request inside it is also counted in <see cref="InnerRequests"/>
/// and <see cref="RequestsByKind"/>.
/// Thread-safe; <see cref="Reset"/> starts the counts again (e.g. between the arrange and the act of a benchmark).
/// </summary>
public sealed class DataverseTraffic
{
    private readonly KeyedCounts<string> _kinds = new(StringComparer.Ordinal);
    private readonly KeyedCounts<int> _statuses = new();
    private readonly KeyedCounts<string> _throttles = new(StringComparer.Ordinal);
    private readonly InFlightGauge _inFlight = new();
    private long _total;
    private long _batches;
    private long _inner;
    private long _throttled;
    private long _dropped;
    private long _admitted;
    private long _operations;
    private long _executionTicks;

    /// <summary>HTTP requests received, whatever their answer (401, 404 and 429 included).</summary>
    public long TotalRequests => Interlocked.Read(ref _total);

    /// <summary><c>$batch</c> requests that were run.</summary>
    public long BatchRequests => Interlocked.Read(ref _batches);

    /// <summary>Requests inside <c>$batch</c> bodies that were run (those after a stopping failure are not).</summary>
    public long InnerRequests => Interlocked.Read(ref _inner);

    /// <summary>
    /// Service protection requests (dataverse.md §0.12a): HTTP requests admitted by the limits, each one whatever it
    /// holds (a <c>$batch</c> is one, an UpdateMultiple is one). Those refused (401, 403, 429) are not counted.
    /// </summary>
    public long ServiceProtectionRequests => Interlocked.Read(ref _admitted);

    /// <summary>
    /// Power Platform requests, the entitlement operations (dataverse.md §0.12b): one per operation the Web API ran,
    /// inside a <c>$batch</c> or not, one per target of a bulk message, and each request a plug-in made; a read (GET)
    /// is one. The Web API's own look-ups inside an operation (an alternate key, a representation) are not counted.
    /// </summary>
    public long EntitlementOperations => Interlocked.Read(ref _operations);

    /// <summary>The emulated execution time of the requests served, charged to their users' budgets.</summary>
    public TimeSpan ExecutionTime => TimeSpan.FromTicks(Interlocked.Read(ref _executionTicks));

    /// <summary>Requests answered 429, by the service protection limits or by fault injection.</summary>
    public long ThrottledRequests => Interlocked.Read(ref _throttled);

    /// <summary>
    /// Requests answered 429, by the error code Dataverse gives the limit (dataverse.md §6): 0x80072322 the number of
    /// requests, 0x80072321 the combined execution time, 0x80072326 concurrent requests; injected ones included.
    /// </summary>
    public IReadOnlyDictionary<string, long> ThrottledByCode => _throttles.Snapshot();

    /// <summary>Connections the fault injector aborted without an answer.</summary>
    public long DroppedConnections => Interlocked.Read(ref _dropped);

    /// <summary>
    /// Requests routed, HTTP and inner ones alike, by the message they became: "Create", "Retrieve",
    /// "RetrieveMultiple", "Update" (PATCH with If-Match), "Upsert" (PATCH without), "Delete", "UpdateMultiple",
    /// "Merge", "QualifyLead", "WhoAmI", "Batch", "Other". Requests refused before routing (401, 429, 503) are not here.
    /// </summary>
    public IReadOnlyDictionary<string, long> RequestsByKind => _kinds.Snapshot();

    /// <summary>HTTP answers by status code (inner answers of a <c>$batch</c> are not here).</summary>
    public IReadOnlyDictionary<int, long> ResponsesByStatus => _statuses.Snapshot();

    /// <summary>The most HTTP requests in flight at once.</summary>
    public int PeakConcurrency => _inFlight.Peak;

    /// <summary>How many requests of <paramref name="kind"/> were routed (0 if none).</summary>
    public long RequestsOfKind(string kind) => _kinds.Of(kind);

    /// <summary>Sets every count back to zero.</summary>
    public void Reset()
    {
        _kinds.Clear();
        _statuses.Clear();
        _throttles.Clear();
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _batches, 0);
        Interlocked.Exchange(ref _inner, 0);
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _dropped, 0);
        Interlocked.Exchange(ref _admitted, 0);
        Interlocked.Exchange(ref _operations, 0);
        Interlocked.Exchange(ref _executionTicks, 0);
        _inFlight.ResetPeak();
    }

    internal void RequestStarted()
    {
        Interlocked.Increment(ref _total);
        _inFlight.Enter();
    }

    internal void RequestEnded(int status)
    {
        _inFlight.Leave();
        _statuses.Add(status);
        if (status == 429)
        {
            Interlocked.Increment(ref _throttled);
        }
    }

    internal void CountThrottle(string code) => _throttles.Add(code);

    internal void RequestDropped()
    {
        _inFlight.Leave();
        Interlocked.Increment(ref _dropped);
    }

    internal void CountKind(string kind, bool insideBatch)
    {
        _kinds.Add(kind);
        if (insideBatch)
        {
            Interlocked.Increment(ref _inner);
        }
    }

    internal void CountBatch() => Interlocked.Increment(ref _batches);

    internal void CountAdmitted() => Interlocked.Increment(ref _admitted);

    internal void CountOperations(long operations, TimeSpan executionTime)
    {
        Interlocked.Add(ref _operations, operations);
        Interlocked.Add(ref _executionTicks, executionTime.Ticks);
    }
}
