using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Operations;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.WriteBack;

namespace MsiDynamics.CompanionService.Hosting;

/// <summary>The one place the worker is wired: <c>services.AddMsiWorker(configuration)</c>.</summary>
public static class MsiWorkerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the worker's Dataverse client (section <c>Dataverse</c>) and Marketo client (section
    /// <c>Marketo</c>), each with its validated options, token source, rate gate and retry policy; the process's one
    /// <see cref="Dataverse.Transport.DataverseCosts"/>, which the Dataverse transport counts every request into; and the
    /// <see cref="Service.DrainRunner"/> and the drain it runs (section <c>Drain</c>, <see cref="Sync.Drain.DrainServiceCollectionExtensions.AddMsiDrain"/>). Options are
    /// validated when first used (at start under the Generic Host), so a host that uses one client only need not
    /// configure the other.
    /// </summary>
    /// <remarks>
    /// Seams, registered before this call: a <see cref="TimeProvider"/> (default the system clock) and an
    /// <see cref="Dataverse.Identity.IDataverseTokenSource"/> (default MSAL with the app registration's settings).
    /// </remarks>
    public static IServiceCollection AddMsiWorker(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDrainRunner(configuration); // first: its DataverseCosts is the one the Dataverse transport counts into
        services.AddDataverseClient(configuration);
        services.AddMarketoClient(configuration);
        services.AddMsiDrain(configuration);
        services.AddMsiWriteBack(configuration);
        services.AddMsiOperations(); // status and backfill
        return services;
    }
}
