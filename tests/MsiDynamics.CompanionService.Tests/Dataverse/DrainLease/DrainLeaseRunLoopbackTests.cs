using System.Diagnostics;
using MsiDynamics.CompanionService.Dataverse.DrainLease;

namespace MsiDynamics.CompanionService.Tests.Dataverse.DrainLease;

/// <summary>The lease holder's loop on the clock, and what the lease costs in Dataverse requests (dataverse.md §0.10, §0.12).</summary>
public sealed class DrainLeaseRunLoopbackTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Test]
    public async Task A_running_holder_claims_renews_each_interval_and_releases_the_lease_when_stopped()
    {
        await using var lease = await LeaseLoopback.StartAsync();
        var holder = lease.Holder("worker-1");
        using var stopping = new CancellationTokenSource();

        var run = holder.RunAsync(stopping.Token);
        await Until(() => holder.IsHolding, "the claim");
        lease.Time.Advance(LeaseLoopback.RenewalInterval);
        await Until(() => lease.StoredValue == "2026-03-02T09:03:20.000Z worker-1", "the renewal 50 s later");
        await stopping.CancelAsync();
        await run.WaitAsync(Deadline);

        Assert.That(holder.IsHolding, Is.False);
        Assert.That(lease.StoredValue, Is.EqualTo("2026-03-02T09:00:50.000Z worker-1"), "released: it expires now");
        Assert.That(await lease.Holder("worker-2").StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed));
    }

    [Test]
    public async Task A_renewal_and_a_standby_look_each_cost_one_request_and_one_operation()
    {
        await using var lease = await LeaseLoopback.StartAsync();
        var holder = lease.Holder("worker-1");
        var standby = lease.Holder("worker-2");
        await holder.StepAsync(CancellationToken.None);
        var traffic = lease.Dataverse.Traffic;

        traffic.Reset();
        Assert.That(await holder.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Renewed));
        var renewal = (traffic.ServiceProtectionRequests, traffic.EntitlementOperations);
        traffic.Reset();
        Assert.That(await standby.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Standby));
        var look = (traffic.ServiceProtectionRequests, traffic.EntitlementOperations);

        Assert.That((renewal, look), Is.EqualTo(((1L, 1L), (1L, 1L))));
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.That(watch.Elapsed, Is.LessThan(Deadline), $"waited in vain for {what}");
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }
}
