using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MsiDynamics.CompanionService.Marketo.Queries;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>Registers the <c>verify</c> check: <c>services.AddMsiVerify()</c>, after <c>AddMsiWorker</c> (it uses the worker's clients and the drain's stages).</summary>
internal static class VerifyServiceCollectionExtensions
{
    public static IServiceCollection AddMsiVerify(this IServiceCollection services)
    {
        services.TryAddTransient<FieldsQuery>();
        services.TryAddTransient<CrmRows>();
        services.TryAddTransient<MarketoVerification>();
        return services;
    }
}
