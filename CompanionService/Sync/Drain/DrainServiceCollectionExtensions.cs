using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.CompanionService.Sync.Source;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>Registers the drain: <c>services.AddMsiDrain(configuration)</c>, after the Dataverse and Marketo clients.</summary>
public static class DrainServiceCollectionExtensions
{
    /// <summary>
    /// The drain cycle (<see cref="IDrainCycle"/>) and its stages, with the validated <c>Drain</c> and <c>QueueRetry</c>
    /// options. What is known to exist in Marketo and the objects' describes are kept for the process's life.
    /// </summary>
    public static IServiceCollection AddMsiDrain(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DrainOptions>().Bind(configuration.GetSection(DrainOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DrainOptions>, DrainOptionsValidator>());
        services.AddOptions<QueueRetryOptions>().Bind(configuration.GetSection(QueueRetryOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QueueRetryOptions>, QueueRetryOptionsValidator>());
        services.TryAddSingleton<DataverseCosts>();
        services.TryAddSingleton(_ => new KnownInMarketo(KnownInMarketo.DefaultCapacity));
        services.TryAddSingleton<MarketoDescribes>();
        services.TryAddSingleton(provider => new QueueBackoff(provider.GetRequiredService<IOptions<QueueRetryOptions>>().Value, Random.Shared));
        services.TryAddSingleton<CompletionPlanner>();
        services.TryAddSingleton<IWorkSource, DataverseWorkSource>();
        services.TryAddSingleton<IMarketoReferenceCheck, MarketoReferenceCheck>();
        services.TryAddSingleton<DrainLeaseFence>();
        services.Replace(ServiceDescriptor.Singleton<IMarketoCallFence>(provider => provider.GetRequiredService<DrainLeaseFence>()));
        services.TryAddTransient<RecordStateReader>();
        services.TryAddTransient<ContactLeadIds>();
        services.TryAddTransient<SharedAddresses>();
        services.TryAddTransient<CycleCompletion>();
        services.TryAddTransient<IDrainCycle, DrainCycle>();
        return services;
    }
}
