using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The drain the sandbox runs until the worker's own runner is wired in: the worker's <see cref="IDrainCycle"/>, cycle
/// after cycle, while a cycle finds work (at most <see cref="MaxCycles"/>). It holds no drain lease (dataverse.md §0.10):
/// the sandbox runs one worker. No cycle at all when the worker registers none.
/// </summary>
internal static class SandboxDrain
{
    public const int MaxCycles = 100;

    public static async Task<IReadOnlyList<DrainCycleReport>> UntilIdleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cycle = services.GetService<IDrainCycle>();
        var reports = new List<DrainCycleReport>();
        while (cycle is not null && reports.Count < MaxCycles)
        {
            var report = await cycle.RunAsync(cancellationToken);
            reports.Add(report);
            if (!report.FoundWork)
            {
                break;
            }
        }

        return reports;
    }
}
