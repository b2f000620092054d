using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Hosting;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// Both emulators over loopback, the real plug-ins filling the queue, and the real drain wired as in production:
/// tests save rows as a user would (<see cref="Rep"/>), run cycles, and look at the queue and Marketo's store.
/// </summary>
internal sealed class DrainRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private readonly Dictionary<string, string?> _settings;
    private readonly List<ServiceProvider> _workers = [];

    private DrainRig(DataverseEmulator dataverse, MarketoEmulator marketo, Dictionary<string, string?> settings, Action<IServiceCollection>? worker)
    {
        Dataverse = dataverse;
        Marketo = marketo;
        _settings = settings;
        _services = Worker("drain-worker", configure: worker);
        Rep = Org.ServiceAs(Org.SystemUserId);
    }

    public DataverseEmulator Dataverse { get; }

    public MarketoEmulator Marketo { get; }

    public InMemoryOrganization Org => Dataverse.Organization;

    public MarketoStore Store => Marketo.Store;

    /// <summary>Saves through the pipeline, so the plug-ins queue what they capture.</summary>
    public IOrganizationService Rep { get; }

    public IDrainCycle Cycle => _services.GetRequiredService<IDrainCycle>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>
    /// Starts both emulators and the rig's worker: <paramref name="dataverse"/> adjusts the Dataverse emulator's options (its
    /// clock), <paramref name="worker"/> the worker's services (a handler on its Marketo calls).
    /// </summary>
    public static async Task<DrainRig> StartAsync(
        Action<MarketoEmulatorOptions>? marketo = null, IDictionary<string, string?>? settings = null,
        Action<DataverseEmulatorOptions>? dataverse = null, Action<IServiceCollection>? worker = null)
    {
        var dataverseOptions = new DataverseEmulatorOptions { PluginAssemblies = [typeof(CapturePlugin).Assembly] };
        dataverse?.Invoke(dataverseOptions);
        var dataverseEmulator = await DataverseEmulator.StartAsync(dataverseOptions);
        var marketoOptions = new MarketoEmulatorOptions { ClientId = "drain-client", ClientSecret = "drain-secret" };
        marketo?.Invoke(marketoOptions);
        var marketoEmulator = await MarketoEmulator.StartAsync(marketoOptions);
        var values = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverseEmulator.BaseUrl.AbsoluteUri,
            ["Dataverse:RetryBaseDelay"] = "00:00:00.001",
            ["Dataverse:MaxRetryDelay"] = "00:00:00.005",
            ["Marketo:BaseUrl"] = marketoEmulator.BaseUrl.AbsoluteUri,
            ["Marketo:ClientId"] = marketoOptions.ClientId,
            ["Marketo:ClientSecret"] = marketoOptions.ClientSecret,
            ["Marketo:RetryBaseDelay"] = "00:00:00.001",
            ["Marketo:MaxRetryDelay"] = "00:00:00.005",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new DrainRig(dataverseEmulator, marketoEmulator, values, worker);
    }

    /// <summary>
    /// Another worker instance against the same emulators: its own services, token and drain lease holder name, on
    /// <paramref name="time"/> when given (its lease and fence then run on that clock).
    /// </summary>
    public ServiceProvider Worker(string holder, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>(_settings) { ["DrainLease:Holder"] = holder };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource(holder));
        services.AddMsiWorker(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        _workers.Add(provider);
        return provider;
    }

    /// <summary>Runs cycles until one finds no work or stops; returns every cycle's report.</summary>
    public async Task<IReadOnlyList<DrainCycleReport>> DrainAsync(int maxCycles = 10)
    {
        var reports = new List<DrainCycleReport>();
        for (var i = 0; i < maxCycles; i++)
        {
            var report = await Cycle.RunAsync(CancellationToken.None);
            reports.Add(report);
            if (!report.FoundWork)
            {
                break;
            }
        }

        return reports;
    }

    /// <summary>
    /// As if the worker stopped after Marketo took <paramref name="person"/>, a row of <paramref name="table"/> (lead or
    /// contact): its Marketo lead id unwritten and its latest queue row due again.
    /// </summary>
    public void LoseLastPushAnswer(string table, RecordId person)
    {
        Rep.Update(new Entity(table, person.Value) { [DataverseSchema.MsiColumns.MarketoLeadId] = null });
        var row = QueueRows.Last(r => r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.RecordId) == person.ToString());
        Rep.Update(new Entity(DataverseSchema.SyncQueueItem.EntityName, row.Id)
        {
            [DataverseSchema.SyncQueueItem.Status] = new OptionSetValue((int)QueueStatus.Pending),
        });
    }

    /// <summary>The queue rows now, with their status and last error.</summary>
    public IReadOnlyList<Entity> QueueRows => Org.Rows(DataverseSchema.SyncQueueItem.EntityName);

    /// <summary>Each queue row's status, in creation order.</summary>
    public IReadOnlyList<QueueStatus> Statuses =>
        [.. QueueRows.Select(r => (QueueStatus)r.GetAttributeValue<OptionSetValue>(DataverseSchema.SyncQueueItem.Status)!.Value)];

    /// <summary>The queue rows about <paramref name="record"/>: (status, last error).</summary>
    public IReadOnlyList<(QueueStatus Status, string? LastError)> RowsOf(Guid record) =>
        [.. QueueRows.Where(r => r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.RecordId) == record.ToString("D"))
            .Select(r => ((QueueStatus)r.GetAttributeValue<OptionSetValue>(DataverseSchema.SyncQueueItem.Status)!.Value,
                r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.LastError)))];

    public RecordId Save(Entity entity) => RecordId.From(Rep.Create(entity), entity.LogicalName);

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
