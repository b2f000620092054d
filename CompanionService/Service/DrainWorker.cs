using Microsoft.Extensions.Hosting;
using MsiDynamics.CompanionService.Dataverse.Retention;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The <c>run</c> command's background service: makes sure the daily retention job is scheduled (architecture.md §4;
/// a failure is logged and the drain goes on), then <see cref="DrainRunner.RunAsync"/> until the host stops, and beside it
/// the MSI write-back, which runs only while this worker holds the drain lease.
/// </summary>
internal sealed class DrainWorker(DrainRunner runner, RetentionScheduler retention, WriteBack.WriteBackLoop writeBack) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await retention.EnsureScheduledAsync(stoppingToken).ConfigureAwait(false);
        await Task.WhenAll(runner.RunAsync(stoppingToken), writeBack.RunAsync(stoppingToken)).ConfigureAwait(false);
    }
}
