using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using MsiDynamics.CompanionService.Tests.Sync.Source;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Sync.Completion;

/// <summary>
/// architecture.md §3.7 over loopback: a record's two rows, read as due, collapsed, planned and completed with the real
/// queue client, come back together after the back-off and end together once the push succeeds.
/// </summary>
public sealed class CompletionLoopbackTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private const string RoleChange = """{"v":1,"role":"Buyer","previous":{"role":"Influencer"}}""";

    [Test]
    public async Task A_retried_record_s_rows_come_back_together_after_the_back_off_and_end_together()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var record = Guid.NewGuid();
        var older = Seed(dv.Organization, record, RoleChange);
        time.Advance(TimeSpan.FromSeconds(1));
        var latest = Seed(dv.Organization, record, """{"v":1,"role":"Buyer"}""");
        var planner = new CompletionPlanner(new QueueBackoff(new QueueRetryOptions(), new Random(3)), time);

        var failed = planner.Plan(await DueWorkAsync(dv, time), PushOutcome.Transient("Marketo unavailable (608)"));
        await dv.Worker.Queue.CompleteAsync(failed.Rows);
        var next = failed.Rows[^1].NextAttemptOn!.Value;
        time.Advance(next - time.GetUtcNow() - TimeSpan.FromSeconds(1));
        var early = (await dv.Worker.WorkSource(time).ReadAllAsync()).SelectMany(b => b.Rows);
        time.Advance(TimeSpan.FromSeconds(1));
        var again = await DueWorkAsync(dv, time);
        await dv.Worker.Queue.CompleteAsync(planner.Plan(again, PushOutcome.Succeeded("dff2-guid")).Rows);

        Assert.That(early, Is.Empty, "neither row comes back before the back-off");
        Assert.That((again.Rows.Select(r => r.Id), again.Rows.Select(r => r.Attempts)),
            Is.EqualTo((new[] { older, latest }, new[] { 1, 1 })), "both come back, the previous role with them");
        Assert.That((dv.Organization.QueueStatusOf(older), dv.Organization.QueueStatusOf(latest)),
            Is.EqualTo((QueueStatus.Superseded, QueueStatus.Succeeded)));
        var stored = dv.Organization.Row(Q.EntityName, latest);
        Assert.That((stored[Q.Attempts], stored[Q.MarketoId]), Is.EqualTo((2, "dff2-guid")));
    }

    private static Guid Seed(Emulators.Dataverse.Pipeline.InMemoryOrganization org, Guid record, string payload) =>
        org.SeedRow(Q.EntityName,
            (Q.Name, $"connection {record:D}: Upsert"),
            (Q.Entity, "connection"),
            (Q.RecordId, record.ToString("D")),
            (Q.Operation, new OptionSetValue((int)QueueOperation.Upsert)),
            (Q.Payload, payload),
            (Q.Status, new OptionSetValue((int)QueueStatus.Pending)),
            (Q.Lane, new OptionSetValue((int)QueueLane.Live)),
            (Q.Attempts, 0));

    /// <summary>Reads the due rows as the drain does and collapses them to the one record's work.</summary>
    private static async Task<RecordWork> DueWorkAsync(LoopbackDataverse dv, TimeProvider time)
    {
        var due = (await dv.Worker.WorkSource(time).ReadAllAsync()).SelectMany(b => b.Rows).ToList();
        return QueueCollapse.Collapse(due).Single();
    }
}
