using System.Diagnostics;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// Runs the worker's drain for the main job and keeps what it cost: its cycles, the wall-clock time, and the Dataverse
/// requests and operations sent while it ran (dataverse.md §0.12). The seed writes only between drains, so the traffic
/// during a drain is the worker's.
/// </summary>
internal sealed class WorkerDrains(
    DataverseTraffic traffic,
    IServiceProvider services,
    Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<DrainCycleReport>>> drain)
{
    private readonly List<DrainCycleReport> _cycles = [];

    public IReadOnlyList<DrainCycleReport> Cycles => _cycles;

    public long Requests { get; private set; }

    public long Operations { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public async Task DrainAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var (requests, operations) = (traffic.ServiceProtectionRequests, traffic.EntitlementOperations);
        var started = Stopwatch.GetTimestamp();
        var cycles = await drain(services, cancellationToken);
        Elapsed += Stopwatch.GetElapsedTime(started);
        Requests += traffic.ServiceProtectionRequests - requests;
        Operations += traffic.EntitlementOperations - operations;
        _cycles.AddRange(cycles);
        output.WriteLine(cycles.Count == 0
            ? "  The drain ran no cycle."
            : $"  The worker drains: {string.Join("; ", cycles.Select((c, i) => $"cycle {i + 1}: {c}"))}.");
    }
}
