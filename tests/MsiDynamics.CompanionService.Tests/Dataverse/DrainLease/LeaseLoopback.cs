using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

namespace MsiDynamics.CompanionService.Tests.Dataverse.DrainLease;

/// <summary>
/// The Dataverse emulator and workers that contend for the drain lease, all on one fake clock. The lease is 150 s
/// renewed every 50 s, which fits a 100 s Marketo request time-out (dataverse.md §0.10).
/// </summary>
internal sealed class LeaseLoopback : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(150);
    public static readonly TimeSpan RenewalInterval = TimeSpan.FromSeconds(50);

    private LoopbackDataverse _dataverse = null!;

    public FakeTimeProvider Time { get; } = new(Start);

    public LoopbackDataverse Dataverse => _dataverse;

    /// <summary>The lease row's <c>msi_value</c> as the emulator stores it.</summary>
    /// <summary>The lease row's <c>msi_value</c> without the holder's costs that follow a tab (expiry and holder).</summary>
    public string? StoredValue => Dataverse.Organization.Rows(Schema.DataverseSchema.SyncState.EntityName)
        .Select(r => r.GetAttributeValue<string>(Schema.DataverseSchema.SyncState.Value)?.Split('\t')[0]).SingleOrDefault();

    public static async Task<LeaseLoopback> StartAsync()
    {
        var loopback = new LeaseLoopback();
        loopback._dataverse = await LoopbackDataverse.StartAsync(loopback.Time, client: Settings("worker-1"));
        return loopback;
    }

    /// <summary>The lease holder of a worker: the first one's (worker-1), or a new worker's.</summary>
    public DrainLeaseHolder Holder(string name) =>
        (name == "worker-1" ? Dataverse.Worker : Dataverse.AddWorker(name, Settings(name))).Get<DrainLeaseHolder>();

    public ValueTask DisposeAsync() => Dataverse.DisposeAsync();

    private static Dictionary<string, string?> Settings(string holder) => new()
    {
        ["DrainLease:Holder"] = holder,
        ["DrainLease:Lifetime"] = Lifetime.ToString(),
        ["DrainLease:RenewalInterval"] = RenewalInterval.ToString(),
    };
}
