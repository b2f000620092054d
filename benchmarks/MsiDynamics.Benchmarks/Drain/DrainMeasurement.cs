using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>What one drain of the backlog measured, raw, before it becomes figures against their aims.</summary>
internal sealed record DrainMeasurement
{
    public required BacklogMix Mix { get; init; }

    /// <summary>Queue rows the plug-ins created while the backlog was saved.</summary>
    public required int QueuedRows { get; init; }

    /// <summary>Operations the plug-ins ran while the backlog was saved (their Creates of queue rows, their settings reads).</summary>
    public required long PluginOperations { get; init; }

    public required IReadOnlyList<DrainCycleReport> Cycles { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required TimeSpan CpuTime { get; init; }

    public required long DataverseRequests { get; init; }

    public required long DataverseOperations { get; init; }

    public required long MarketoRestCalls { get; init; }

    public required long MarketoRecordsSent { get; init; }

    public required long BaselineHeap { get; init; }

    public required long PeakHeap { get; init; }

    public required long RetainedHeap { get; init; }

    public required long AllocatedBytes { get; init; }

    public required long PeakWorkingSet { get; init; }

    public required int CallsPer20Seconds { get; init; }

    public required int RecordsPerCall { get; init; }

    /// <summary>Records the drain settled as Succeeded.</summary>
    public int RecordsSynced => Cycles.Sum(c => c.Records.Count(r => r.End == QueueStatus.Succeeded));

    /// <summary>Marketo's ceiling for the client's budget: records per call × calls per 20 s ÷ 20 s.</summary>
    public double CeilingPerSecond => RecordsPerCall * CallsPer20Seconds / 20.0;
}
