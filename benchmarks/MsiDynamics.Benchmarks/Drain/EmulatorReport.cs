namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// What the emulators' process tells the worker's after the drain: both services' own counts of the drain's traffic,
/// whether Marketo holds every record, the queue's end, and the emulators' process costs.
/// </summary>
internal sealed record EmulatorReport
{
    public required long DataverseRequests { get; init; }

    public required long DataverseOperations { get; init; }

    /// <summary>The drain's requests Dataverse refused with 429 (service protection), each then retried after its Retry-After.</summary>
    public required long DataverseThrottled { get; init; }

    public required long MarketoRestCalls { get; init; }

    public required long MarketoRecordsSent { get; init; }

    /// <summary>Marketo holds every record, and no reference dangles.</summary>
    public required bool Complete { get; init; }

    /// <summary>Queue rows Succeeded or Superseded (a connection's other half).</summary>
    public required int SettledRows { get; init; }

    /// <summary>Lines for a person: Marketo's counts against Dynamics', the traffic by endpoint and message, the queue by status.</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    public required long PeakWorkingSet { get; init; }

    /// <summary>CPU time the emulators' process spent while the worker drained.</summary>
    public required double CpuSeconds { get; init; }
}
