using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Hosting;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Operations;

/// <summary>
/// Both emulators over loopback on one fake clock (the Dataverse one running the real plug-ins), and workers wired as in
/// production (<c>AddMsiWorker</c>) on the same clock: tests plant rows, run <c>status</c> or <c>backfill</c>, and look at
/// what they report and what the queue holds. No retries: a back-off on a clock no one advances would hang.
/// </summary>
internal sealed class OperationsRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);

    private readonly List<ServiceProvider> _workers = [];

    private OperationsRig(DataverseEmulator dataverse, MarketoEmulator marketo, Dictionary<string, string?> settings)
    {
        Dataverse = dataverse;
        Marketo = marketo;
        Settings = settings;
    }

    public DataverseEmulator Dataverse { get; }

    public MarketoEmulator Marketo { get; }

    public InMemoryOrganization Org => Dataverse.Organization;

    /// <summary>The worker settings: the emulators' addresses and no retries; add to them before <see cref="Worker"/>.</summary>
    public Dictionary<string, string?> Settings { get; }

    public static async Task<OperationsRig> StartAsync(Action<DataverseEmulatorOptions>? dataverse = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new DataverseEmulatorOptions { PluginAssemblies = [typeof(CapturePlugin).Assembly], TimeProvider = time };
        dataverse?.Invoke(options);
        var dataverseEmulator = await DataverseEmulator.StartAsync(options);
        var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions { ClientId = "ops-client", ClientSecret = "ops-secret", TimeProvider = time });
        var settings = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverseEmulator.BaseUrl.AbsoluteUri,
            ["Dataverse:MaxRetryAttempts"] = "0",
            ["Marketo:BaseUrl"] = marketo.BaseUrl.AbsoluteUri,
            ["Marketo:ClientId"] = "ops-client",
            ["Marketo:ClientSecret"] = "ops-secret",
            ["Marketo:MaxRetryAttempts"] = "0",
        };
        return new OperationsRig(dataverseEmulator, marketo, settings) { Clock = time };
    }

    /// <summary>A worker instance named <paramref name="holder"/> (its drain lease name and token).</summary>
    public ServiceProvider Worker(string holder, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>(Settings) { ["DrainLease:Holder"] = holder };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource(holder));
        services.AddMsiWorker(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        _workers.Add(provider);
        return provider;
    }

    /// <summary>The clock the emulators and workers share.</summary>
    public required FakeTimeProvider Clock { get; init; }

    /// <summary>Plants a queue row as of now on the clock, without the pipeline.</summary>
    public Guid PlantQueueRow(QueueStatus status, QueueLane lane, string entity = DataverseSchema.Lead.EntityName, string? lastError = null, DateTimeOffset? nextAttemptOn = null)
    {
        var record = Guid.NewGuid().ToString("D");
        var row = new Entity(Q.EntityName)
        {
            [Q.Name] = $"{entity} {record}: {QueueOperation.Upsert}",
            [Q.Entity] = entity,
            [Q.RecordId] = record,
            [Q.Operation] = new OptionSetValue((int)QueueOperation.Upsert),
            [Q.Status] = new OptionSetValue((int)status),
            [Q.Lane] = new OptionSetValue((int)lane),
            [Q.Attempts] = 0,
            [Q.LastError] = lastError,
        };
        if (nextAttemptOn is { } next)
        {
            row[Q.NextAttemptOn] = next.UtcDateTime;
        }

        return Org.Seed(row);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await Marketo.DisposeAsync();
        await Dataverse.DisposeAsync();
    }
}
