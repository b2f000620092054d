using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Hosting;

/// <summary>Registers the drain runner and what it shares with the endpoints and the metrics.</summary>
internal static class DrainRunnerServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DrainPollingOptions"/> to the <c>Drain</c> section (validated at start) and registers, one a
    /// process, <see cref="DataverseCosts"/>, the wake-up signal, the runner's activity, <see cref="WorkerMetrics"/> and
    /// <see cref="DrainRunner"/>. The runner needs an <see cref="IDrainCycle"/>, registered by the drain.
    /// </summary>
    public static IServiceCollection AddDrainRunner(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DrainPollingOptions>().Bind(configuration.GetSection(DrainPollingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DrainPollingOptions>, DrainPollingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DataverseCosts>();
        services.TryAddSingleton<WakeSignal>();
        services.TryAddSingleton<DrainActivity>();
        services.AddMetrics();
        services.TryAddSingleton(provider => new WorkerMetrics(
            provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            provider.GetRequiredService<DataverseCosts>(),
            provider.GetRequiredService<DrainActivity>()));
        services.TryAddSingleton(provider =>
        {
            // Under the runner, no Marketo call starts that the drain lease cannot cover (dataverse.md §0.10).
            var holder = provider.GetRequiredService<DrainLeaseHolder>();
            provider.GetService<DrainLeaseFence>()?.Arm(holder);
            return new DrainRunner(
                provider.GetRequiredService<IDrainCycle>(),
                holder,
                provider.GetRequiredService<IOptions<DrainPollingOptions>>(),
                provider.GetRequiredService<IOptions<DrainLeaseOptions>>(),
                provider.GetRequiredService<WakeSignal>(),
                provider.GetRequiredService<DrainActivity>(),
                provider.GetRequiredService<WorkerMetrics>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<DrainRunner>>());
        });
        return services;
    }
}
