using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Hosting;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Sandbox.Hosting;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// Both emulators with their defaults (Marketo's real limits: 100 calls per 20 s, 10 at once, 300 records a call; the
/// real plug-ins registered in Dataverse) and the worker with its defaults, its drain wired as in production.
/// </summary>
internal sealed class DrainBench : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DrainBench(DataverseEmulator dataverse, MarketoEmulator marketo, ServiceProvider services)
    {
        Dataverse = dataverse;
        Marketo = marketo;
        _services = services;
    }

    public DataverseEmulator Dataverse { get; }

    public MarketoEmulator Marketo { get; }

    public IDrainCycle Cycle => _services.GetRequiredService<IDrainCycle>();

    /// <summary>The worker's Marketo client settings (its call budget).</summary>
    public MarketoOptions MarketoOptions => _services.GetRequiredService<IOptions<MarketoOptions>>().Value;

    public static async Task<DrainBench> StartAsync()
    {
        var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [typeof(CapturePlugin).Assembly] });
        var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions
        {
            ClientId = SandboxWorker.MarketoClientId, ClientSecret = SandboxWorker.MarketoClientSecret,
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverse.BaseUrl.AbsoluteUri,
            ["Marketo:BaseUrl"] = marketo.BaseUrl.AbsoluteUri,
            ["Marketo:ClientId"] = SandboxWorker.MarketoClientId,
            ["Marketo:ClientSecret"] = SandboxWorker.MarketoClientSecret,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDataverseTokenSource, BenchmarkTokenSource>();
        services.AddMsiWorker(configuration);
        services.AddMsiDrain(configuration);
        return new DrainBench(dataverse, marketo, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Marketo.DisposeAsync();
        await Dataverse.DisposeAsync();
    }
}
