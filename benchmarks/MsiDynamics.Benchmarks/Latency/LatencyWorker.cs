using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.Benchmarks.Drain;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Hosting;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Benchmarks.Latency;

/// <summary>
/// One worker instance as production wires it (<c>AddMsiWorker</c>, <c>AddMsiDrain</c>) against the emulators, with
/// every option at its default: only the addresses, the Marketo credentials and the drain lease's holder name are set,
/// so that a holder and a standby can share one queue. On <paramref name="time"/> when given.
/// </summary>
internal static class LatencyWorker
{
    public static ServiceProvider Build(Uri dataverseUrl, Uri marketoUrl, string holder, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverseUrl.AbsoluteUri,
            ["Marketo:BaseUrl"] = marketoUrl.AbsoluteUri,
            ["Marketo:ClientId"] = SandboxWorker.MarketoClientId,
            ["Marketo:ClientSecret"] = SandboxWorker.MarketoClientSecret,
            ["DrainLease:Holder"] = holder,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IDataverseTokenSource, BenchmarkTokenSource>();
        services.AddMsiWorker(configuration);
        services.AddMsiDrain(configuration);
        return services.BuildServiceProvider();
    }
}
