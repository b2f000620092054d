using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>Leasing the queue over loopback (architecture.md §3.3–3.4): optimistic claims, lease expiry, due rows and their order.</summary>
public sealed class QueueLeaseLoopbackTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    [Test]
    public async Task Two_workers_leasing_concurrently_never_hold_the_same_row_and_together_take_every_due_row()
    {
        await using var dv = await LoopbackDataverse.StartAsync(new FakeTimeProvider(Start));
        var workers = new[] { dv.Worker, dv.AddWorker("worker-2") };
        var lostRaces = 0;
        for (var round = 0; round < 5; round++)
        {
            var due = dv.Organization.SeedPendingQueueRows(150);
            var held = workers.ToDictionary(w => w.Token, _ => new List<Guid>());
            QueueLease[] leases;
            do
            {
                leases = await Task.WhenAll(workers.Select(w => w.Queue.LeaseAsync(w.Token, 40, Duration)));
                Assert.That(leases.Select(l => l.Outcome.IsSuccess), Has.All.True, string.Join(" / ", leases.Select(l => l.ToString())));
                foreach (var lease in leases)
                {
                    held[lease.Owner].AddRange(lease.Items.Select(i => i.Id));
                    lostRaces += lease.LostRaces;
                }
            }
            while (leases.Any(l => l.Due > 0));

            Assert.That(held["worker-1"].Intersect(held["worker-2"]), Is.Empty, $"round {round}: a row held by both workers");
            Assert.That(held.Values.SelectMany(ids => ids), Is.Unique.And.EquivalentTo(due), $"round {round}");
            foreach (var (owner, ids) in held)
            {
                Assert.That(ids.Select(id => dv.Organization.Row(Q.EntityName, id)[Q.LeaseOwner]), Has.All.EqualTo(owner), "Dataverse agrees who holds each row");
            }

            var done = await dv.Worker.Queue.CompleteAsync([.. due.Select(id => QueueCompletion.Succeeded(id, 1))]);
            Assert.That(done.AllSucceeded, Is.True, done.ToString());
        }

        Assert.That(lostRaces, Is.Positive, "the workers read the same due rows, so some claims must have lost the race");
    }

    [Test]
    public async Task A_lease_that_expires_is_taken_over_by_another_worker_and_not_before()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var ids = dv.Organization.SeedPendingQueueRows(3);
        var other = dv.AddWorker("worker-2");

        var first = await dv.Worker.Queue.LeaseAsync("worker-1", 10, TimeSpan.FromMinutes(2));
        time.Advance(TimeSpan.FromMinutes(2));
        var atExpiry = await other.Queue.LeaseAsync("worker-2", 10, Duration);
        time.Advance(TimeSpan.FromSeconds(1));
        var after = await other.Queue.LeaseAsync("worker-2", 10, Duration);

        Assert.That(first.Items.Select(i => i.Id), Is.EqualTo(ids));
        Assert.That((atExpiry.Due, atExpiry.Items.Count), Is.EqualTo((0, 0)), "a lease holds until it has passed");
        Assert.That(first.IsHeldAt(time.GetUtcNow()), Is.False);
        Assert.That(after.Items.Select(i => (i.Id, i.PreviousStatus)), Is.EqualTo(ids.Select(id => (id, QueueStatus.InProgress))));
        Assert.That(ids.Select(id => dv.Organization.Row(Q.EntityName, id)[Q.LeaseOwner]), Has.All.EqualTo("worker-2"));
        Assert.That(ids.Select(id => dv.Organization.Row(Q.EntityName, id)[Q.LeaseExpiresOn]),
            Has.All.EqualTo((time.GetUtcNow() + Duration).UtcDateTime));
    }

    [Test]
    public async Task Only_due_rows_are_leased_Live_lane_before_Backfill_and_oldest_first()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        Guid Seed(QueueStatus status, QueueLane lane = QueueLane.Live, DateTimeOffset? next = null)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return dv.Organization.SeedQueueRow(status, lane, next);
        }

        var backfillOld = Seed(QueueStatus.Pending, QueueLane.Backfill);
        var liveOld = Seed(QueueStatus.Pending);
        var retryDue = Seed(QueueStatus.RetryScheduled, next: Start);
        var retryLater = Seed(QueueStatus.RetryScheduled, next: Start.AddHours(1));
        var never = new[] { Seed(QueueStatus.Succeeded), Seed(QueueStatus.DeadLettered), Seed(QueueStatus.Superseded) };
        var liveNew = Seed(QueueStatus.Pending);
        var backfillNew = Seed(QueueStatus.Pending, QueueLane.Backfill);

        var now = await dv.Worker.Queue.LeaseAsync("worker-1", 100, TimeSpan.FromDays(1));
        time.Advance(TimeSpan.FromMinutes(59));
        var early = await dv.Worker.Queue.LeaseAsync("worker-1", 100, TimeSpan.FromDays(1));
        time.Advance(TimeSpan.FromMinutes(1));
        var due = await dv.Worker.Queue.LeaseAsync("worker-1", 100, TimeSpan.FromDays(1));

        Assert.That(now.Items.Select(i => i.Id), Is.EqualTo(new[] { liveOld, retryDue, liveNew, backfillOld, backfillNew }));
        Assert.That(now.Items.Select(i => i.Lane), Is.EqualTo(new[] { QueueLane.Live, QueueLane.Live, QueueLane.Live, QueueLane.Backfill, QueueLane.Backfill }));
        Assert.That(early.Items, Is.Empty, "the retry is due at 13:00, and the rows leased first are held for a day");
        Assert.That(due.Items.Select(i => (i.Id, i.PreviousStatus)), Is.EqualTo(new[] { (retryLater, QueueStatus.RetryScheduled) }));
        Assert.That(never.Select(dv.Organization.QueueStatusOf), Is.EqualTo(new[] { QueueStatus.Succeeded, QueueStatus.DeadLettered, QueueStatus.Superseded }));
    }
}
