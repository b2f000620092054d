using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Hosting;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// The worker with its defaults (Marketo client: 50 calls per 20 s, 5 at once, 300 records a call), its drain wired
/// as in production (<c>AddMsiWorker</c>, <c>AddMsiDrain</c>), pointed at the emulators.
/// </summary>
internal static class BenchmarkWorker
{
    public static ServiceProvider Build(Uri dataverseUrl, Uri marketoUrl)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverseUrl.AbsoluteUri,
            ["Marketo:BaseUrl"] = marketoUrl.AbsoluteUri,
            ["Marketo:ClientId"] = SandboxWorker.MarketoClientId,
            ["Marketo:ClientSecret"] = SandboxWorker.MarketoClientSecret,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDataverseTokenSource, BenchmarkTokenSource>();
        services.AddMsiWorker(configuration);
        services.AddMsiDrain(configuration);
        return services.BuildServiceProvider();
    }
}
