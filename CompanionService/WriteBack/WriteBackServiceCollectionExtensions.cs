using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.DrainLease;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>Registers the MSI write-back: <c>services.AddMsiWriteBack(configuration)</c>, after the Dataverse and Marketo clients.</summary>
public static class WriteBackServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="WriteBackOptions"/> from the <c>WriteBack</c> section (validated at start), the <see cref="WriteBackCycle"/>
    /// and its parts, the activity types kept for the process's life, and the loop <c>run</c> drives on the lease holder.
    /// </summary>
    public static IServiceCollection AddMsiWriteBack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WriteBackOptions>().Bind(configuration.GetSection(WriteBackOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WriteBackOptions>, WriteBackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MsiActivityTypeResolver>();
        services.TryAddSingleton<UnplacedPersons>();
        services.TryAddSingleton(sp => new WriteBackLoop(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<DrainLeaseHolder>(),
            sp.GetRequiredService<IOptions<WriteBackOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<WriteBackLoop>>()));
        services.TryAddTransient<ActivityScanner>();
        services.TryAddTransient<PersonRowReader>();
        services.TryAddTransient<MsiRefresher>();
        services.TryAddTransient<WriteBackStateStore>();
        services.TryAddTransient<Reconciler>();
        services.TryAddTransient(provider => new WriteBackCycle(
            provider.GetRequiredService<ActivityScanner>(),
            provider.GetRequiredService<PersonRowReader>(),
            provider.GetRequiredService<MsiRefresher>(),
            provider.GetRequiredService<Reconciler>(),
            provider.GetRequiredService<WriteBackStateStore>(),
            provider.GetRequiredService<UnplacedPersons>(),
            provider.GetRequiredService<IOptions<WriteBackOptions>>(),
            provider.GetRequiredService<Marketo.Limits.DailyQuotaCounter>(),
            provider.GetRequiredService<Dataverse.Transport.DataverseCosts>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WriteBackCycle>>()));
        return services;
    }
}
