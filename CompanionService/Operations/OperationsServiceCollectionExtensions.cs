using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MsiDynamics.CompanionService.Operations.Backfill;
using MsiDynamics.CompanionService.Operations.Status;

namespace MsiDynamics.CompanionService.Operations;

/// <summary>Registers the admin commands' services: <see cref="StatusReader"/> and <see cref="BackfillRunner"/>.</summary>
internal static class OperationsServiceCollectionExtensions
{
    public static IServiceCollection AddMsiOperations(this IServiceCollection services)
    {
        services.TryAddTransient<StatusReader>();
        services.TryAddTransient<BackfillRunner>();
        return services;
    }
}
