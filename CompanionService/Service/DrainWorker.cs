using Microsoft.Extensions.Hosting;

namespace MsiDynamics.CompanionService.Service;

/// <summary>The <c>run</c> command's background service: <see cref="DrainRunner.RunAsync"/> until the host stops.</summary>
internal sealed class DrainWorker(DrainRunner runner) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => runner.RunAsync(stoppingToken);
}
