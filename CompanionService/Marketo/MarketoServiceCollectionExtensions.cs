using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo.Activities;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Marketo.Identity;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Marketo.Usage;

namespace MsiDynamics.CompanionService.Marketo;

/// <summary>Registers the Marketo client: <c>services.AddMarketoClient(configuration)</c>.</summary>
internal static class MarketoServiceCollectionExtensions
{
    /// <summary>The <see cref="IHttpClientFactory"/> name of the Marketo HTTP client.</summary>
    public const string HttpClientName = "Marketo";

    /// <summary>
    /// Binds <see cref="MarketoOptions"/> to the <c>Marketo</c> section of <paramref name="configuration"/>
    /// (validated at start), registers <see cref="MarketoClient"/> and its resource clients, and the
    /// shared token cache, rate gate and quota counter as singletons. The call fence is an
    /// <see cref="OpenMarketoCallFence"/> unless the host registered an <see cref="IMarketoCallFence"/> first (the
    /// worker's drain lease, dataverse.md §0.10). Returns the HTTP client's builder, so a host (or a test) can add handlers.
    /// </summary>
    public static IHttpClientBuilder AddMarketoClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MarketoOptions>().Bind(configuration.GetSection(MarketoOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MarketoOptions>, MarketoOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MarketoRateGate>();
        services.TryAddSingleton<DailyQuotaCounter>();
        services.TryAddSingleton<MarketoRetryPolicy>();
        services.TryAddSingleton<IMarketoCallFence, OpenMarketoCallFence>();
        services.TryAddSingleton<IdentityClient>();
        services.TryAddSingleton<MarketoTokenCache>();
        services.TryAddTransient<MarketoBatchSender>();
        services.TryAddTransient<LeadsQuery>();
        services.TryAddTransient<ExternalIdQuery>();
        services.TryAddTransient<SalesPersonsClient>();
        services.TryAddTransient<CompaniesClient>();
        services.TryAddTransient<LeadsClient>();
        services.TryAddTransient<OpportunitiesClient>();
        services.TryAddTransient<OpportunityRolesClient>();
        services.TryAddTransient<ActivitiesClient>();
        services.TryAddTransient<DescribeClient>();
        services.TryAddTransient<UsageClient>();
        services.TryAddSingleton<AbsentLeadFields>();
        services.TryAddTransient<MarketoClient>();

        var builder = services.AddHttpClient<MarketoTransport>(HttpClientName, (provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<MarketoOptions>>().Value;
            var baseUrl = options.BaseUrl!.AbsoluteUri;
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.Timeout = options.RequestTimeout;
        });
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            // marketo.md §5.1: gzip supported; pooled connections renewed for DNS changes.
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });

        // The factory's default handlers log request URIs; the identity request carries the client
        // secret in its query string (as Marketo documents it), so they are removed.
        builder.RemoveAllLoggers();
        return builder;
    }
}
