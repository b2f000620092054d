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

        // The loop sets its renewal timer just after the claim: a clock advanced before that moves the timer on with
        // it, so the clock is advanced one interval at a time until the renewal is seen. A renewal still in flight when
        // the clock moves again is sent at the later boundary: the fake clock only ever stands on interval boundaries.
        var claimed = lease.StoredValue;
        var intervals = 0;
        do
        {
            lease.Time.Advance(LeaseLoopback.RenewalInterval);
            intervals++;
        }
        while (intervals < 3 && !await Within(() => lease.StoredValue != claimed, TimeSpan.FromSeconds(3)));

        await Until(() => lease.StoredValue != claimed, "the renewal");
        var boundaries = Enumerable.Range(1, intervals)
            .Select(k => Value(LeaseLoopback.Start + k * LeaseLoopback.RenewalInterval + LeaseLoopback.Lifetime));
        Assert.That(boundaries, Does.Contain(lease.StoredValue), "renewed on an interval boundary after its claim, for one lifetime");
        await stopping.CancelAsync();
        await run.WaitAsync(Deadline);

        Assert.That(holder.IsHolding, Is.False);
        Assert.That(lease.StoredValue, Is.EqualTo(Value(lease.Time.GetUtcNow())), "released: it expires now");
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

    private static string Value(DateTimeOffset expiry) =>
        expiry.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture) + " worker-1";

    /// <summary>Polls <paramref name="condition"/> for at most <paramref name="limit"/>; whether it came to hold.</summary>
    private static async Task<bool> Within(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }

        return true;
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
