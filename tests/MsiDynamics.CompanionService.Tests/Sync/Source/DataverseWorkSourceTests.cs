using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Sync.Source;

/// <summary>The drain's due read over loopback (architecture.md §3.8): which rows, in which order, and what it does with a row it cannot read.</summary>
public sealed class DataverseWorkSourceTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string?> SmallPages = new() { ["Dataverse:MaxPageSize"] = "3" };

    [Test]
    public async Task The_due_rows_come_Live_lane_first_then_Backfill_each_in_creation_order_across_pages()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time, client: SmallPages);
        var backfill = new List<Guid>();
        var live = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            backfill.Add(dv.Organization.SeedQueueRow(lane: QueueLane.Backfill));
            time.Advance(TimeSpan.FromSeconds(1));
            live.Add(dv.Organization.SeedQueueRow());
            time.Advance(TimeSpan.FromSeconds(1));
        }

        dv.Organization.SeedQueueRow(QueueStatus.Succeeded);
        dv.Organization.SeedQueueRow(QueueStatus.DeadLettered);
        dv.Organization.SeedQueueRow(QueueStatus.Superseded);

        var batches = await dv.Worker.WorkSource(time).ReadAllAsync();

        var rows = batches.SelectMany(b => b.Rows).ToList();
        Assert.That(rows.Select(r => r.Id), Is.EqualTo(live.Concat(backfill)));
        Assert.That(rows.Select(r => r.Sequence), Is.EqualTo(Enumerable.Range(0, 8).Select(i => (long)i)));
        Assert.That(batches, Has.Count.GreaterThanOrEqualTo(3), "three rows a page");
        Assert.That(batches.All(b => b.Outcome.IsSuccess && b.Unreadable.Count == 0), Is.True);
    }

    [Test]
    public async Task A_RetryScheduled_row_is_left_out_until_its_next_attempt_has_come()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var id = dv.Organization.SeedQueueRow(QueueStatus.RetryScheduled, nextAttemptOn: Start.AddMinutes(10));
        var source = dv.Worker.WorkSource(time);

        time.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        var early = await source.ReadAllAsync();
        time.Advance(TimeSpan.FromSeconds(1));
        var due = await source.ReadAllAsync();

        Assert.That(early.SelectMany(b => b.Rows), Is.Empty);
        var row = due.SelectMany(b => b.Rows).Single();
        Assert.That((row.Id, row.Status, row.Attempts, row.Entity), Is.EqualTo((id, QueueStatus.RetryScheduled, 1, "lead")));
    }

    [TestCase("invoice", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", null, "msi_entity names no table the worker syncs.")]
    [TestCase("lead", "not-a-guid", null, "msi_recordid is not a GUID.")]
    [TestCase("lead", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "{\"email\":", "msi_payload is not a JSON object.")]
    public async Task A_row_that_cannot_be_read_comes_back_apart_with_its_reason_and_the_others_still_come(
        string entity, string recordId, string? payload, string reason)
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var good = dv.Organization.SeedQueueRow();
        var bad = dv.Organization.SeedRow(Q.EntityName,
            (Q.Entity, entity), (Q.RecordId, recordId), (Q.Payload, payload),
            (Q.Operation, new OptionSetValue((int)QueueOperation.Upsert)),
            (Q.Status, new OptionSetValue((int)QueueStatus.Pending)),
            (Q.Lane, new OptionSetValue((int)QueueLane.Live)),
            (Q.Attempts, 0));

        var batches = await dv.Worker.WorkSource(time).ReadAllAsync();

        Assert.That(batches.SelectMany(b => b.Rows).Select(r => r.Id), Is.EqualTo(new[] { good }));
        var unreadable = batches.SelectMany(b => b.Unreadable).Single();
        Assert.That((unreadable.Id, unreadable.Reason), Is.EqualTo((bad, reason)));
        Assert.That(new[] { entity, recordId, payload ?? recordId }.Any(unreadable.Reason.Contains), Is.False, "the reason names the column, not its value");
    }
}
