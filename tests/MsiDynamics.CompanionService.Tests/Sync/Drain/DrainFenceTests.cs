using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// The holder fences itself by time (dataverse.md §0.10): a holder whose renewals stopped (paused, partitioned) makes no
/// Marketo call once its lease no longer covers one, and a standby that takes over after the lapse pushes everything.
/// </summary>
public sealed class DrainFenceTests
{
    private static readonly Dictionary<string, string?> NoRetries = new()
    {
        ["Marketo:MaxRetryAttempts"] = "0",
        ["Dataverse:MaxRetryAttempts"] = "0",
    };

    [Test]
    public async Task A_holder_past_its_margin_makes_no_Marketo_call_and_a_standby_pushes_everything_after_the_lapse()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = await DrainRig.StartAsync(settings: NoRetries);
        var (a, holderA) = await HoldingAsync(rig, "worker-a", clock);
        Assume.That(holderA.IsHolding, Is.True);
        var org = SmallOrg.Save(rig);

        // Paused for 21 s without renewing: 39 s of lease left cannot cover a call of up to 40 s.
        clock.Advance(TimeSpan.FromSeconds(21));
        var calls = rig.Marketo.Traffic.TotalCalls;
        var fenced = await a.GetRequiredService<IDrainCycle>().RunAsync(holderA.Tenure);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Marketo.Traffic.TotalCalls, Is.EqualTo(calls), "no call reached Marketo");
            Assert.That(fenced.Stopped, Is.EqualTo(DrainStop.RunStopped), fenced.ToString());
            Assert.That(rig.Statuses, Is.All.EqualTo(QueueStatus.Pending));
        });

        clock.Advance(TimeSpan.FromSeconds(40));
        var (b, holderB) = await HoldingAsync(rig, "worker-b", clock);
        var report = await b.GetRequiredService<IDrainCycle>().RunAsync(holderB.Tenure);

        Assert.Multiple(() =>
        {
            Assert.That(holderB.IsHolding, Is.True, "the standby claims the lapsed lease");
            Assert.That(report.Stopped, Is.Null, report.ToString());
            Assert.That(rig.Store.Leads.Select(l => l.ExternalPersonId), Is.EquivalentTo(new[] { org.Lead.ToString(), org.Contact.ToString() }));
            Assert.That(rig.Statuses, Has.None.EqualTo(QueueStatus.Pending));
        });
    }

    [Test]
    public async Task A_holder_within_its_margin_pushes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = await DrainRig.StartAsync(settings: NoRetries);
        var (a, holderA) = await HoldingAsync(rig, "worker-a", clock);
        SmallOrg.Save(rig);

        clock.Advance(TimeSpan.FromSeconds(19));
        var report = await a.GetRequiredService<IDrainCycle>().RunAsync(holderA.Tenure);

        Assert.Multiple(() =>
        {
            Assert.That(report.Stopped, Is.Null, report.ToString());
            Assert.That(rig.Statuses, Has.None.EqualTo(QueueStatus.Pending));
        });
    }

    /// <summary>A worker on <paramref name="clock"/> that has claimed the lease and armed its fence with it.</summary>
    private static async Task<(ServiceProvider Worker, DrainLeaseHolder Holder)> HoldingAsync(DrainRig rig, string name, TimeProvider clock)
    {
        var worker = rig.Worker(name, clock);
        var holder = worker.GetRequiredService<DrainLeaseHolder>();
        await holder.StepAsync(CancellationToken.None);
        worker.GetRequiredService<DrainLeaseFence>().Arm(holder);
        return (worker, holder);
    }
}
