using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Hosting;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>
/// The worker as <c>AddMsiWorker</c> wires it, with a scripted <see cref="FakeDrainCycle"/> and the drain lease kept in
/// the Dataverse emulator, all on one fake clock. The lease is 150 s renewed every 50 s; the idle interval is the
/// default 15 s, after 1 s, 2 s, 4 s and 8 s.
/// </summary>
internal sealed class RunnerLoopback : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private LoopbackDataverse _dataverse = null!;
    private ServiceProvider _services = null!;

    public FakeTimeProvider Time { get; } = new(Start);

    public LoopbackDataverse Dataverse => _dataverse;

    public FakeDrainCycle Cycle { get; private set; } = null!;

    public DrainRunner Runner => Get<DrainRunner>();

    public DrainActivity Activity => Get<DrainActivity>();

    /// <summary>The lease row's <c>msi_value</c> as the emulator stores it.</summary>
    public string? StoredLease => Dataverse.Organization.Rows(Schema.DataverseSchema.SyncState.EntityName)
        .Select(r => r.GetAttributeValue<string>(Schema.DataverseSchema.SyncState.Value)).SingleOrDefault();

    /// <summary>Settings that hold a secret, so tests can show it never leaves the process.</summary>
    public const string MarketoSecret = "marketo-secret-5f1c9a";

    public static async Task<RunnerLoopback> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var loopback = new RunnerLoopback();
        loopback._dataverse = await LoopbackDataverse.StartAsync(loopback.Time);
        var values = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = loopback._dataverse.Emulator.BaseUrl.AbsoluteUri,
            ["Dataverse:MaxRetryAttempts"] = "0",
            ["Marketo:BaseUrl"] = "http://127.0.0.1:9/",
            ["Marketo:ClientId"] = "marketo-client",
            ["Marketo:ClientSecret"] = MarketoSecret,
        };
        foreach (var (key, value) in LeaseSettings("worker-1").Concat(settings ?? new Dictionary<string, string?>()))
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(loopback.Time);
        services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource("worker-1"));
        loopback.Cycle = new FakeDrainCycle(loopback.Time);
        services.AddSingleton<IDrainCycle>(loopback.Cycle);
        services.AddMsiWorker(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        loopback._services = services.BuildServiceProvider(validateScopes: true);
        return loopback;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public DataverseCosts Costs => Get<DataverseCosts>();

    /// <summary>Another worker's lease holder, on the same emulator and clock.</summary>
    public DrainLeaseHolder OtherWorker(string name) =>
        Dataverse.AddWorker(name, LeaseSettings(name)).Get<DrainLeaseHolder>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _dataverse.DisposeAsync();
    }

    private static Dictionary<string, string?> LeaseSettings(string holder) => new()
    {
        ["DrainLease:Holder"] = holder,
        ["DrainLease:Lifetime"] = "00:02:30",
        ["DrainLease:RenewalInterval"] = "00:00:50",
        ["Marketo:BaseUrl"] = "http://127.0.0.1:9/",
        ["Marketo:ClientId"] = "marketo-client",
        ["Marketo:ClientSecret"] = MarketoSecret,
    };
}
