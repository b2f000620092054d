using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Dataverse.Limits;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Dataverse.Retention;
using MsiDynamics.CompanionService.Dataverse.Settings;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>Registers the Dataverse client: <c>services.AddDataverseClient(configuration)</c>.</summary>
internal static class DataverseServiceCollectionExtensions
{
    /// <summary>The <see cref="IHttpClientFactory"/> name of the Web API HTTP client.</summary>
    public const string HttpClientName = "Dataverse";

    /// <summary>
    /// Binds <see cref="DataverseOptions"/> to the <c>Dataverse</c> section (validated at start), registers
    /// <see cref="DataverseClient"/>, <see cref="SyncQueue"/>, <see cref="CurrentRecordReader"/>,
    /// <see cref="MsiColumnsWriter"/>, <see cref="ColumnLimitsReader"/>, <see cref="SyncSettingsReader"/> and
    /// <see cref="SyncStateStore"/>, the drain lease (<see cref="DrainLeaseHolder"/>, one a process), the queue's retention job
    /// (<see cref="RetentionScheduler"/>, with <see cref="RetentionOptions"/> from the <c>Retention</c> section, validated at
    /// start), and the shared token source, budget, retry policy, memory of tables refusing
    /// UpdateMultiple and column limits as singletons. The token source is MSAL (and the app registration's settings
    /// are then required), unless an <see cref="IDataverseTokenSource"/> was registered before: the seam through which
    /// a host supplies its own tokens. Returns the HTTP client's builder, so a host or a test can add handlers or a
    /// primary handler.
    /// </summary>
    public static IHttpClientBuilder AddDataverseClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataverseOptions>().Bind(configuration.GetSection(DataverseOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataverseOptions>, DataverseOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Transport.DataverseCosts>();

        // The drain lease (dataverse.md §0.10): validated when first resolved, since its rule reads Marketo:RequestTimeout.
        services.AddOptions<DrainLeaseOptions>().Bind(configuration.GetSection(DrainLeaseOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DrainLeaseOptions>, DrainLeaseOptionsValidator>());
        services.TryAddSingleton<DrainLeaseHolder>();

        // The queue's retention job (architecture.md §4, dataverse.md §0.15).
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>());
        services.TryAddSingleton<DataverseRateGate>();
        services.TryAddSingleton<DataverseRetryPolicy>();
        services.TryAddSingleton<BulkSupport>();
        services.TryAddSingleton<ColumnLimitsCache>();
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClients>();
        if (!services.Any(d => d.ServiceType == typeof(IDataverseTokenSource)))
        {
            // MSAL issues the tokens, so the app registration's settings are required.
            services.AddSingleton<IDataverseTokenSource, MsalTokenSource>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataverseOptions>, DataverseCredentialsValidator>());
        }

        foreach (var type in new[]
        {
            typeof(DataverseQueries), typeof(DataverseRecords), typeof(DataverseBatches), typeof(DataverseBulk), typeof(DataverseClient),
            typeof(SyncQueue), typeof(CurrentRecordReader), typeof(MsiColumnsWriter), typeof(SyncSettingsReader), typeof(SyncStateStore),
            typeof(ColumnLimitsReader), typeof(DrainLeaseStore), typeof(RetentionScheduler),
        })
        {
            services.TryAddTransient(type);
        }

        // MSAL's token requests carry the client secret or assertion: no request logging on its client.
        services.AddHttpClient(MsalHttpClients.Name).RemoveAllLoggers();

        var builder = services.AddHttpClient<DataverseTransport>(HttpClientName, (provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<DataverseOptions>>().Value;
            http.BaseAddress = options.WebApiUrl;
            http.Timeout = options.RequestTimeout;
        });
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
        builder.AddHttpMessageHandler(() => new ODataHeadersHandler());

        // The factory's default handlers log request URIs, whose queries hold filter values (names, e-mails).
        builder.RemoveAllLoggers();
        return builder;
    }
}
