using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// One worker's Dataverse client, built as the worker builds it — <c>AddDataverseClient(configuration)</c> — with
/// <c>Dataverse:Url</c> pointing at the emulator and a fixed bearer token from a token source registered first (a
/// token that is not a JWT stands for the emulator's application user, whose service protection budget every such
/// token shares). Retry back-off is a millisecond, so tests that keep real time do not wait; a test that needs time
/// to pass gives both sides one fake clock.
/// </summary>
internal sealed class LoopbackWorker : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LoopbackWorker(ServiceProvider services, string token)
    {
        _services = services;
        Token = token;
    }

    /// <summary>The bearer token this worker sends; also its lease owner name in the queue tests.</summary>
    public string Token { get; }

    public DataverseClient Client => Get<DataverseClient>();

    public SyncQueue Queue => Get<SyncQueue>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static LoopbackWorker Create(Uri baseUrl, string token, TimeProvider? time, IDictionary<string, string?>? settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = baseUrl.AbsoluteUri,
            ["Dataverse:RetryBaseDelay"] = "00:00:00.001",
            ["Dataverse:MaxRetryDelay"] = "00:00:00.005",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource(token));
        services.AddDataverseClient(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return new LoopbackWorker(services.BuildServiceProvider(validateScopes: true), token);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    public override string ToString() => $"worker '{Token}'";
}
