using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>Completing leased rows over loopback (architecture.md §3.4): one UpdateMultiple, the lease cleared, and what is due next.</summary>
public sealed class QueueCompletionLoopbackTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_row_completed_as_RetryScheduled_is_leased_again_only_once_its_next_attempt_has_come()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var id = dv.Organization.SeedQueueRow();
        var first = await dv.Worker.Queue.LeaseAsync("worker-1", 10, TimeSpan.FromMinutes(1));
        await dv.Worker.Queue.CompleteAsync([QueueCompletion.RetryScheduled(id, 1, Start.AddMinutes(10), "Marketo 606: rate limit, O'Brien & co")]);

        time.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        var early = await dv.Worker.Queue.LeaseAsync("worker-1", 10, TimeSpan.FromMinutes(1));
        time.Advance(TimeSpan.FromSeconds(1));
        var due = await dv.Worker.Queue.LeaseAsync("worker-1", 10, TimeSpan.FromMinutes(1));

        Assert.That(first.Items.Single().Id, Is.EqualTo(id));
        Assert.That(early.Items, Is.Empty, "completing cleared the lease, and the retry is not due before 12:10");
        var again = due.Items.Single();
        Assert.That((again.Id, again.PreviousStatus, again.Attempts), Is.EqualTo((id, QueueStatus.RetryScheduled, 1)));
        Assert.That(dv.Organization.Row(Q.EntityName, id)[Q.LastError], Is.EqualTo("Marketo 606: rate limit, O'Brien & co"));
    }

    // The status as its choice value: QueueStatus is internal, and a public test's parameters cannot be.
    [TestCase((int)QueueStatus.Succeeded)]
    [TestCase((int)QueueStatus.DeadLettered)]
    [TestCase((int)QueueStatus.Superseded)]
    public async Task A_row_completed_as_final_is_stored_so_with_its_lease_cleared_and_never_leased_again(int choice)
    {
        var status = (QueueStatus)choice;
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var id = dv.Organization.SeedQueueRow();
        await dv.Worker.Queue.LeaseAsync("worker-1", 10, TimeSpan.FromMinutes(1));
        var completion = status switch
        {
            QueueStatus.Succeeded => QueueCompletion.Succeeded(id, 1, "4711"),
            QueueStatus.DeadLettered => QueueCompletion.DeadLettered(id, 1, "Marketo 1003: invalid email"),
            _ => QueueCompletion.Superseded(id, 0),
        };

        var result = await dv.Worker.Queue.CompleteAsync([completion]);
        time.Advance(TimeSpan.FromDays(30));
        var later = await dv.Worker.Queue.LeaseAsync("worker-1", 10, TimeSpan.FromMinutes(1));

        Assert.That(result.AllSucceeded, Is.True, result.ToString());
        var row = dv.Organization.Row(Q.EntityName, id);
        Assert.That(dv.Organization.QueueStatusOf(id), Is.EqualTo(status));
        Assert.That((row.Contains(Q.LeaseOwner) ? row[Q.LeaseOwner] : null, row.Contains(Q.LeaseExpiresOn) ? row[Q.LeaseExpiresOn] : null),
            Is.EqualTo(((object?)null, (object?)null)));
        Assert.That((later.Due, later.Items.Count), Is.EqualTo((0, 0)));
    }
}
