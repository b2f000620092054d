using MsiDynamics.Emulators.Kit.Traffic;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// What clients did to the emulator, for assertions and benchmarks: calls, the codes they were answered
/// with, the busiest rate window, the peak of calls in flight and the records sent per endpoint.
/// </summary>
public sealed class MarketoTraffic
{
    private readonly KeyedCounts<string> _codes = new(StringComparer.Ordinal);
    private readonly KeyedCounts<string> _records = new(StringComparer.Ordinal);
    private readonly InFlightGauge _inFlight = new();
    private readonly RateWindow _window = new();
    private long _totalCalls;
    private long _identityCalls;
    private long _dropped;
    private long _abandoned;
    private int _maxInWindow;

    /// <summary>Every call received, identity and REST.</summary>
    public long TotalCalls => Interlocked.Read(ref _totalCalls);

    /// <summary>Calls to the identity endpoint.</summary>
    public long IdentityCalls => Interlocked.Read(ref _identityCalls);

    /// <summary>
    /// Calls answered with an error, by code as a string: Marketo codes ("601", "606", …) for envelope
    /// errors, the HTTP status ("401", "413", "414", "502") for HTTP-level ones. Injected faults included.
    /// </summary>
    public IReadOnlyDictionary<string, int> CallsByErrorCode => _codes.Snapshot().ToDictionary(c => c.Key, c => (int)c.Value, StringComparer.Ordinal);

    /// <summary>
    /// The most REST calls that arrived within any one sliding <see cref="MarketoEmulatorOptions.RateWindow"/>,
    /// refused ones included: what the client attempted, to compare with its budget (marketo.md §5.1).
    /// </summary>
    public int MaxCallsInAnyWindow => Volatile.Read(ref _maxInWindow);

    /// <summary>The most REST calls in flight at once, refused ones included.</summary>
    public int PeakConcurrency => _inFlight.Peak;

    /// <summary>REST calls in flight now.</summary>
    public int CallsInFlight => _inFlight.Current;

    /// <summary>Slow calls (<see cref="MarketoFaultOptions.SlowCallRate"/>) whose client had given up before the work was done.</summary>
    public long AbandonedCalls => Interlocked.Read(ref _abandoned);

    /// <summary>Connections the fault injector dropped.</summary>
    public long DroppedConnections => Interlocked.Read(ref _dropped);

    /// <summary>
    /// Records sent, by "METHOD /path" with the effective method (e.g. "POST /rest/v1/leads.json",
    /// "GET /rest/v1/leads.json" for a <c>_method=GET</c> query): input records of syncs and deletes,
    /// filter values of queries.
    /// </summary>
    public IReadOnlyDictionary<string, long> RecordsByEndpoint => _records.Snapshot();

    /// <summary>How many calls were answered with this code (0 if none).</summary>
    public int CallsWithCode(string code) => (int)_codes.Of(code);

    internal void CallStarted(bool rest, DateTimeOffset now, TimeSpan window)
    {
        Interlocked.Increment(ref _totalCalls);
        if (!rest)
        {
            Interlocked.Increment(ref _identityCalls);
            return;
        }

        _inFlight.Enter();
        InFlightGauge.Raise(ref _maxInWindow, _window.Add(now, window));
    }

    internal void CallEnded(bool rest, string? code)
    {
        if (rest)
        {
            _inFlight.Leave();
        }

        if (code is not null)
        {
            _codes.Add(code);
        }
    }

    internal void AddRecords(string endpoint, int count) => _records.Add(endpoint, count);

    internal void CountDropped() => Interlocked.Increment(ref _dropped);

    internal void CountAbandoned() => Interlocked.Increment(ref _abandoned);
}
