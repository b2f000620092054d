using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// The drain's cycle reports folded into counts as they come, so the benchmark holds a few numbers, not one result per
/// record: at 1,000,000 changes the reports themselves would outweigh the worker it measures.
/// </summary>
internal sealed class CycleTally
{
    private readonly Dictionary<string, int> _ends = new(StringComparer.Ordinal);
    private readonly List<string> _stops = [];

    /// <summary>Cycles run, the last (idle) one included.</summary>
    public int Cycles { get; private set; }

    /// <summary>Records the drain settled as Succeeded.</summary>
    public int RecordsSynced { get; private set; }

    public long MarketoCalls { get; private set; }

    public long DataverseRequests { get; private set; }

    public long DataverseOperations { get; private set; }

    /// <summary>Records by "entity end", e.g. "lead Succeeded", in the order first seen.</summary>
    public IReadOnlyDictionary<string, int> Ends => _ends;

    /// <summary>Why cycles stopped early, one entry per such cycle.</summary>
    public IReadOnlyList<string> Stops => _stops;

    public void Add(DrainCycleReport report)
    {
        Cycles++;
        MarketoCalls += report.MarketoCalls;
        DataverseRequests += report.DataverseRequests;
        DataverseOperations += report.DataverseOperations;
        foreach (var record in report.Records)
        {
            RecordsSynced += record.End == QueueStatus.Succeeded ? 1 : 0;
            var key = $"{record.Entity} {record.End}";
            _ends[key] = _ends.GetValueOrDefault(key) + 1;
        }

        if (report.Stopped is { } stop)
        {
            _stops.Add(stop.ToString());
        }
    }
}
