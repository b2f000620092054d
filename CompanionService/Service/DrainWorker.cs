using Microsoft.Extensions.Hosting;
using MsiDynamics.CompanionService.Dataverse.Retention;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The <c>run</c> command's background service: makes sure the daily retention job is scheduled (architecture.md §4;
/// a failure is logged and the drain goes on), then <see cref="DrainRunner.RunAsync"/> until the host stops.
/// </summary>
internal sealed class DrainWorker(DrainRunner runner, RetentionScheduler retention) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await retention.EnsureScheduledAsync(stoppingToken).ConfigureAwait(false);
        await runner.RunAsync(stoppingToken).ConfigureAwait(false);
    }
}
