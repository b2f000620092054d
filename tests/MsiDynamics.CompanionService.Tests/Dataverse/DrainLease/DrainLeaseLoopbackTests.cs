using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Settings;

namespace MsiDynamics.CompanionService.Tests.Dataverse.DrainLease;

/// <summary>Workers contending for the drain lease against the Dataverse emulator (dataverse.md §0.10).</summary>
public sealed class DrainLeaseLoopbackTests
{
    [Test]
    public async Task Of_three_holders_started_together_against_one_emulator_exactly_one_holds()
    {
        await using var lease = await LeaseLoopback.StartAsync();
        var holders = new[] { lease.Holder("worker-1"), lease.Holder("worker-2"), lease.Holder("worker-3") };

        var steps = await Task.WhenAll(holders.Select(h => h.StepAsync(CancellationToken.None)));

        Assert.That(steps.Count(s => s == DrainLeaseStep.Claimed), Is.EqualTo(1), string.Join(", ", steps));
        var winner = holders.Single(h => h.IsHolding);
        Assert.That(lease.StoredValue, Is.EqualTo($"2026-03-02T09:02:30.000Z {winner.Holder}"), "one row, naming the winner");
        Assert.That(holders.Where(h => h != winner).Select(h => h.CanStart(TimeSpan.Zero)), Has.All.False);
    }

    [Test]
    public async Task The_holder_renews_and_keeps_the_lease_while_a_standby_waits()
    {
        await using var lease = await LeaseLoopback.StartAsync();
        var holder = lease.Holder("worker-1");
        var standby = lease.Holder("worker-2");
        await holder.StepAsync(CancellationToken.None);
        var tenure = holder.Tenure;

        for (var round = 0; round < 6; round++)
        {
            lease.Time.Advance(LeaseLoopback.RenewalInterval);
            Assert.That(await holder.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Renewed), $"round {round}");
            Assert.That(await standby.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Standby), $"round {round}");
        }

        Assert.That((tenure.IsCancellationRequested, holder.ValidUntil), Is.EqualTo((false, lease.Time.GetUtcNow() + LeaseLoopback.Lifetime)));
        Assert.That(holder.CanStart(TimeSpan.FromSeconds(100)), Is.True);
    }

    [Test]
    public async Task When_the_holder_stops_renewing_a_standby_takes_the_lease_once_it_lapses_and_not_before()
    {
        await using var lease = await LeaseLoopback.StartAsync();
        var killed = lease.Holder("worker-1");
        var standby = lease.Holder("worker-2");
        await killed.StepAsync(CancellationToken.None);
        var lastRenewal = lease.Time.GetUtcNow();

        while (await standby.StepAsync(CancellationToken.None) != DrainLeaseStep.Claimed)
        {
            Assert.That(lease.Time.GetUtcNow(), Is.LessThan(lastRenewal + LeaseLoopback.Lifetime), "the standby waited past the lapse");
            lease.Time.Advance(LeaseLoopback.RenewalInterval);
        }

        Assert.That(lease.Time.GetUtcNow(), Is.GreaterThanOrEqualTo(killed.ValidUntil), "taken over while the old holder's lease held");
        Assert.That(lease.Time.GetUtcNow() - lastRenewal, Is.LessThanOrEqualTo(LeaseLoopback.Lifetime), "within one lifetime");
        Assert.That((killed.Tenure.IsCancellationRequested, killed.CanStart(TimeSpan.Zero)), Is.EqualTo((true, false)),
            "the old holder, fenced by its own clock, starts nothing");
        Assert.That(lease.StoredValue, Does.EndWith(" worker-2"));
    }

    [Test]
    public async Task A_holder_whose_renewal_is_answered_412_stops_at_once_and_reports_it()
    {
        await using var lease = await LeaseLoopback.StartAsync();
        var holder = lease.Holder("worker-1");
        await holder.StepAsync(CancellationToken.None);
        var tenure = holder.Tenure;
        var other = lease.Dataverse.AddWorker("admin").Get<SyncStateStore>();
        Assert.That((await other.SetAsync(DrainLeaseStore.RowName, "2026-03-02T10:00:00.000Z worker-9")).IsSuccess, Is.True);

        var step = await holder.StepAsync(CancellationToken.None);

        Assert.That(step, Is.EqualTo(DrainLeaseStep.Lost));
        Assert.That((tenure.IsCancellationRequested, holder.IsHolding, holder.CanStart(TimeSpan.Zero)), Is.EqualTo((true, false, false)));
        Assert.That(lease.StoredValue, Is.EqualTo("2026-03-02T10:00:00.000Z worker-9"), "the renewal changed nothing");
    }

    [Test]
    public async Task Release_lets_a_standby_claim_at_once()
    {
        await using var lease = await LeaseLoopback.StartAsync();
        var holder = lease.Holder("worker-1");
        var standby = lease.Holder("worker-2");
        await holder.StepAsync(CancellationToken.None);
        var tenure = holder.Tenure;
        Assert.That(await standby.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Standby));

        var released = await holder.ReleaseAsync(CancellationToken.None);
        var claimed = await standby.StepAsync(CancellationToken.None);

        Assert.That((released, tenure.IsCancellationRequested, claimed), Is.EqualTo((DrainLeaseStep.Released, true, DrainLeaseStep.Claimed)));
        Assert.That(standby.IsHolding, Is.True);
    }
}
