using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Marketo;

namespace MsiDynamics.CompanionService.Tests.Marketo.Support;

/// <summary>
/// The client as the worker builds it — <c>AddMarketoClient(configuration)</c> — with test settings, an
/// optional primary handler (a stub) or extra handlers, a clock, services the host registers first (a call
/// fence), and every log line captured.
/// </summary>
internal sealed class MarketoClientHarness : IAsyncDisposable
{
    public const string ClientId = "client-id-4f1c";
    public const string ClientSecret = "s3cr3t-Marketo-Value-9b2e";

    private MarketoClientHarness(ServiceProvider services, CapturingLoggerProvider logs)
    {
        Services = services;
        Logs = logs;
    }

    public ServiceProvider Services { get; }

    public CapturingLoggerProvider Logs { get; }

    public MarketoClient Client => Services.GetRequiredService<MarketoClient>();

    public static MarketoClientHarness Create(
        Uri baseUrl,
        HttpMessageHandler? primary = null,
        Action<MarketoOptions>? configure = null,
        TimeProvider? time = null,
        Func<DelegatingHandler>? extraHandler = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? host = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Marketo:BaseUrl"] = baseUrl.ToString(),
            ["Marketo:ClientId"] = ClientId,
            ["Marketo:ClientSecret"] = ClientSecret,
            ["Marketo:RetryBaseDelay"] = "00:00:00.010",
            ["Marketo:MaxRetryDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        host?.Invoke(services);
        var http = services.AddMarketoClient(configuration);
        if (primary is not null)
        {
            http.ConfigurePrimaryHttpMessageHandler(() => primary);
        }

        if (extraHandler is not null)
        {
            http.AddHttpMessageHandler(extraHandler);
        }

        services.PostConfigure<MarketoOptions>(o =>
        {
            o.RateWindow = TimeSpan.FromMilliseconds(200);
            configure?.Invoke(o);
        });
        return new MarketoClientHarness(services.BuildServiceProvider(validateScopes: true), logs);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
