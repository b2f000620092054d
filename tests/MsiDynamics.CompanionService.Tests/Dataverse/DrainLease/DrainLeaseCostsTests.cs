using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Tests.Operations;

namespace MsiDynamics.CompanionService.Tests.Dataverse.DrainLease;

/// <summary>
/// The lease row's value carries its writer's Dataverse costs today and still reads as before; standbys record their
/// presence at most once an interval (for <c>status</c>).
/// </summary>
public sealed class DrainLeaseCostsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_value_with_costs_reads_back_with_them_and_the_same_holder_and_expiry()
    {
        var written = DrainLeaseValue.Of("host a/42", Now, new DataverseDayCosts(new DateOnly(2026, 12, 2), 4411, 4420));

        var read = DrainLeaseValue.Parse(written.ToString());

        Assert.That(written.ToString(), Is.EqualTo("2026-12-02T12:00:00.000Z host a/42\tcosts 2026-12-02 4411 4420"));
        Assert.That((read.Holder, read.ExpiresOn, read.Costs), Is.EqualTo(("host a/42", Now, new DataverseDayCosts(new DateOnly(2026, 12, 2), 4411, 4420))));
    }

    [Test]
    public void A_value_an_older_worker_wrote_reads_as_before_with_no_costs()
    {
        var read = DrainLeaseValue.Parse("2026-12-02T12:00:00.000Z worker-1");

        Assert.That((read.Holder, read.ExpiresOn, read.Costs), Is.EqualTo(("worker-1", Now, (DataverseDayCosts?)null)));
    }

    [Test]
    public void Unreadable_costs_leave_the_lease_readable()
    {
        var read = DrainLeaseValue.Parse("2026-12-02T12:00:00.000Z worker-1\tcosts yesterday many");

        Assert.That((read.Holder, read.Costs), Is.EqualTo(("worker-1", (DataverseDayCosts?)null)));
    }

    [Test]
    public async Task A_standby_records_its_presence_288_times_a_day_however_often_it_is_asked()
    {
        await using var rig = await OperationsRig.StartAsync();
        var worker = rig.Worker("standby-1");
        var standby = worker.GetRequiredService<DrainLeaseHolder>();
        var costs = worker.GetRequiredService<DataverseCosts>();

        for (var step = TimeSpan.Zero; step < TimeSpan.FromDays(1); step += TimeSpan.FromSeconds(20))
        {
            await standby.RecordPresenceAsync(CancellationToken.None);
            rig.Clock.Advance(TimeSpan.FromSeconds(20));
        }

        Assert.That((costs.Requests, costs.Operations), Is.EqualTo((288L, 288L)), "one upsert every 5 minutes (DrainLease:StandbyPresenceInterval)");
        Assert.That(rig.Org.Rows(Schema.DataverseSchema.SyncState.EntityName).Select(r => r.GetAttributeValue<string>(Schema.DataverseSchema.SyncState.Name)),
            Is.EqualTo(new[] { "drain-standby:standby-1" }), "one row, rewritten");
    }

    [Test]
    public async Task A_stopping_standby_marks_its_presence_expired_so_status_lists_it_no_more()
    {
        await using var rig = await OperationsRig.StartAsync();
        var standby = rig.Worker("standby-1").GetRequiredService<DrainLeaseHolder>();
        await standby.RecordPresenceAsync(CancellationToken.None);
        var status = rig.Worker("status").GetRequiredService<CompanionService.Operations.Status.StatusReader>();
        Assume.That((await status.ReadAsync()).Lease.Standbys.Select(s => s.Name), Is.EqualTo(new[] { "standby-1" }));

        await standby.RemovePresenceAsync(CancellationToken.None);

        Assert.That((await status.ReadAsync()).Lease.Standbys, Is.Empty);
    }

    [Test]
    public async Task The_day_costs_start_again_at_midnight_UTC()
    {
        await using var rig = await OperationsRig.StartAsync();
        var worker = rig.Worker("worker-1");
        var holder = worker.GetRequiredService<DrainLeaseHolder>();
        Assert.That(await holder.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed)); // read + create on Dec 2
        rig.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 0, 0, 10, TimeSpan.Zero));
        Assert.That(await holder.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed)); // lapsed meanwhile: read, claim

        var stored = DrainLeaseValue.Parse(rig.Org.Rows(Schema.DataverseSchema.SyncState.EntityName).Single().GetAttributeValue<string>(Schema.DataverseSchema.SyncState.Value));

        // The first reading of Dec 3 takes the count so far (Dec 2's two requests and the new read) as the day's baseline.
        Assert.That(stored.Costs, Is.EqualTo(new DataverseDayCosts(new DateOnly(2026, 12, 3), 0, 0)));
    }

    [Test]
    public async Task A_presence_interval_shorter_than_the_lease_counts_as_the_lease_lifetime()
    {
        await using var rig = await OperationsRig.StartAsync();
        var worker = rig.Worker("standby-1", services => services.PostConfigure<DrainLeaseOptions>(o =>
            (o.StandbyPresenceInterval, o.Lifetime) = (TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10))));
        var standby = worker.GetRequiredService<DrainLeaseHolder>();
        var costs = worker.GetRequiredService<DataverseCosts>();

        for (var step = TimeSpan.Zero; step < TimeSpan.FromHours(1); step += TimeSpan.FromSeconds(20))
        {
            await standby.RecordPresenceAsync(CancellationToken.None);
            rig.Clock.Advance(TimeSpan.FromSeconds(20));
        }

        Assert.That(costs.Requests, Is.EqualTo(6L), "one upsert per 10-minute lease lifetime, not one per 30 s");
    }

    [Test]
    public void A_holder_name_with_a_tab_or_a_presence_interval_of_zero_is_refused()
    {
        var validator = new DrainLeaseOptionsValidator(Microsoft.Extensions.Options.Options.Create(new CompanionService.Marketo.MarketoOptions()));

        var result = validator.Validate(null, new DrainLeaseOptions { Holder = "a\tb", StandbyPresenceInterval = TimeSpan.Zero });

        Assert.That(result.Failures, Has.Some.Contains("DrainLease:Holder must not contain control characters")
            .And.Some.Contains("DrainLease:StandbyPresenceInterval"));
    }
}
