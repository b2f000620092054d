using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>
/// The client as the worker builds it — <c>AddDataverseClient(configuration)</c> — over a stub handler, with
/// a counting token source, an optional clock, test settings and every log line captured.
/// </summary>
internal sealed class DataverseClientHarness : IAsyncDisposable
{
    public const string Url = "https://contoso.crm.dynamics.com/";
    public const string WebApi = Url + "api/data/v9.2/";
    public const string ClientSecret = "Dv~s3cr3t.Value_8f2a";

    private DataverseClientHarness(ServiceProvider services, StubDataverseHandler stub, CountingTokenSource tokens, CapturingLoggerProvider logs)
    {
        Services = services;
        Stub = stub;
        Tokens = tokens;
        Logs = logs;
    }

    public ServiceProvider Services { get; }

    public StubDataverseHandler Stub { get; }

    public CountingTokenSource Tokens { get; }

    public CapturingLoggerProvider Logs { get; }

    public DataverseClient Client => Services.GetRequiredService<DataverseClient>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static DataverseClientHarness Create(
        Func<RecordedDataverseRequest, StubDataverseResponse> answer,
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = Url,
            ["Dataverse:TenantId"] = "contoso.onmicrosoft.com",
            ["Dataverse:ClientId"] = "5f1c7a2e-0000-4000-8000-00000000c11e",
            ["Dataverse:ClientSecret"] = ClientSecret,
            ["Dataverse:RetryBaseDelay"] = "00:00:00.001",
            ["Dataverse:MaxRetryDelay"] = "00:00:00.005",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        var tokens = new CountingTokenSource();
        services.AddSingleton<IDataverseTokenSource>(tokens);
        var stub = new StubDataverseHandler(answer);
        services.AddDataverseClient(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        return new DataverseClientHarness(services.BuildServiceProvider(validateScopes: true), stub, tokens, logs);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
