using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.CompanionService.Tests.Sync.Source;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>Completing due rows over loopback (architecture.md §3.7, §3.8): one UpdateMultiple, and what the due read finds next.</summary>
public sealed class QueueCompletionLoopbackTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_row_completed_as_RetryScheduled_is_due_again_only_once_its_next_attempt_has_come()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var id = dv.Organization.SeedQueueRow();
        var source = dv.Worker.WorkSource(time);
        var first = await DueAsync(source);
        await dv.Worker.Queue.CompleteAsync([QueueCompletion.RetryScheduled(id, 1, Start.AddMinutes(10), "Marketo 606: rate limit, O'Brien & co")]);

        time.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        var early = await DueAsync(source);
        time.Advance(TimeSpan.FromSeconds(1));
        var due = await DueAsync(source);

        Assert.That(first.Single().Id, Is.EqualTo(id));
        Assert.That(early, Is.Empty, "the retry is not due before 12:10");
        var again = due.Single();
        Assert.That((again.Id, again.Status, again.Attempts), Is.EqualTo((id, QueueStatus.RetryScheduled, 1)));
        Assert.That(dv.Organization.Row(Q.EntityName, id)[Q.LastError], Is.EqualTo("Marketo 606: rate limit, O'Brien & co"));
    }

    // The status as its choice value: QueueStatus is internal, and a public test's parameters cannot be.
    [TestCase((int)QueueStatus.Succeeded)]
    [TestCase((int)QueueStatus.DeadLettered)]
    [TestCase((int)QueueStatus.Superseded)]
    public async Task A_row_completed_as_final_is_stored_so_and_never_due_again(int choice)
    {
        var status = (QueueStatus)choice;
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var id = dv.Organization.SeedQueueRow();
        var source = dv.Worker.WorkSource(time);
        var completion = status switch
        {
            QueueStatus.Succeeded => QueueCompletion.Succeeded(id, 1, "4711"),
            QueueStatus.DeadLettered => QueueCompletion.DeadLettered(id, 1, "Marketo 1003: invalid email"),
            _ => QueueCompletion.Superseded(id, 0),
        };

        var result = await dv.Worker.Queue.CompleteAsync([completion]);
        time.Advance(TimeSpan.FromDays(30));
        var later = await DueAsync(source);

        Assert.That(result.AllSucceeded, Is.True, result.ToString());
        Assert.That(dv.Organization.QueueStatusOf(id), Is.EqualTo(status));
        Assert.That(later, Is.Empty);
    }

    private static async Task<List<DueRow>> DueAsync(IWorkSource source) =>
        [.. (await source.ReadAllAsync()).SelectMany(b => b.Rows)];
}
