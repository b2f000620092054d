using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Security;

/// <summary>
/// A worker's Dataverse client built as the worker builds it (<c>AddDataverseClient</c>), pointed at the emulator,
/// with a <see cref="PrivilegeRecorder"/> as the last handler of its HTTP pipeline, writing to <see cref="Privileges"/>.
/// </summary>
internal sealed class RecordingWorker(ServiceProvider services, PrivilegeLog privileges) : IAsyncDisposable
{
    public PrivilegeLog Privileges => privileges;

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static RecordingWorker Create(Uri baseUrl)
    {
        var log = new PrivilegeLog();
        var settings = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = baseUrl.AbsoluteUri,
            ["Dataverse:MaxRetryAttempts"] = "0",
        };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource("integration-user"));
        services.AddDataverseClient(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddHttpMessageHandler(() => new PrivilegeRecorder(log));
        return new RecordingWorker(services.BuildServiceProvider(validateScopes: true), log);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
