using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// The drain the sandbox runs: the worker's own runner, as <c>drain --once</c> runs it — it claims the drain lease
/// (dataverse.md §0.10), arms the Marketo call fence with it, runs cycles until one finds no work or stops, and releases
/// the lease. Each cycle's report is kept for the report per table.
/// </summary>
internal static class SandboxDrain
{
    public static async Task<IReadOnlyList<DrainCycleReport>> UntilIdleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var reports = new List<DrainCycleReport>();
        var summary = await services.GetRequiredService<DrainRunner>().DrainUntilEmptyAsync(cancellationToken, reports.Add);
        if (!summary.LeaseHeld)
        {
            throw new InvalidOperationException("Another worker holds the drain lease of the sandbox's organisation.");
        }

        return reports;
    }
}
