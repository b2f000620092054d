namespace MsiDynamics.Benchmarks.Drain;

/// <summary>What one drain of the backlog measured, raw, before it becomes figures against their aims.</summary>
internal sealed record DrainMeasurement
{
    public required BacklogMix Mix { get; init; }

    public required SeedReport Seed { get; init; }

    public required EmulatorReport Emulators { get; init; }

    public required CycleTally Cycles { get; init; }

    public required TimeSpan Elapsed { get; init; }

    /// <summary>CPU time of the worker's process during the drain.</summary>
    public required TimeSpan CpuTime { get; init; }

    public required long BaselineHeap { get; init; }

    /// <summary>The worker's process's working set as the drain began.</summary>
    public required long BaselineWorkingSet { get; init; }

    public required long PeakHeap { get; init; }

    public required long PeakAfterCollection { get; init; }

    public required long PeakLargeObjects { get; init; }

    /// <summary>The most memory the GC had committed during the drain.</summary>
    public required long PeakCommitted { get; init; }

    public required int Collections { get; init; }

    public required long AllocatedBytes { get; init; }

    /// <summary>The worker's process's peak working set: the worker alone, the emulators run apart.</summary>
    public required long PeakWorkingSet { get; init; }

    /// <summary>The machine's load average as the drain began: other work on the machine slows it.</summary>
    public required string LoadAverage { get; init; }

    public required int CallsPer20Seconds { get; init; }

    public required int RecordsPerCall { get; init; }

    /// <summary>Records the drain settled as Succeeded.</summary>
    public int RecordsSynced => Cycles.RecordsSynced;

    /// <summary>Marketo's ceiling for the client's budget: records per call × calls per 20 s ÷ 20 s.</summary>
    public double CeilingPerSecond => RecordsPerCall * CallsPer20Seconds / 20.0;
}
