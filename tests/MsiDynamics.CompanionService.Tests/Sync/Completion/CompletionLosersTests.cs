using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Tests.Sync.Collapse;
using MsiDynamics.Schema;
using static MsiDynamics.CompanionService.Tests.Sync.Completion.Planning;

namespace MsiDynamics.CompanionService.Tests.Sync.Completion;

/// <summary>
/// architecture.md §3.7: the older rows of a record end Superseded, in the same completion, once the latest row's
/// end is final; while the latest is retried they are retried with it, since their payloads may still be needed.
/// </summary>
public sealed class CompletionLosersTests
{
    private static readonly RecordId Pair = DueRows.Id(9);
    private const string RoleChange = """{"v":1,"role":"Buyer","previous":{"role":"Influencer"}}""";

    [TestCase(nameof(PushOutcomeKind.Succeeded))]
    [TestCase(nameof(PushOutcomeKind.Rejected))]
    [TestCase(nameof(PushOutcomeKind.MappingError))]
    [TestCase(nameof(PushOutcomeKind.RecordGone))]
    public void Older_rows_end_superseded_with_the_collapse_s_reason_when_the_latest_ends_for_good(string kind)
    {
        var rows = new DueRows();
        var older = rows.Add("connection", Pair, QueueOperation.Upsert, attempts: 3, payload: RoleChange);
        var latest = rows.Upsert("connection", Pair);
        var work = Work(rows);

        var plan = Planner().Plan(work, new PushOutcome(Enum.Parse<PushOutcomeKind>(kind), "guid-1", "1003", "Invalid value"));

        Assert.That(plan.Rows.Select(r => r.Id), Is.EqualTo(new[] { older.Id, latest.Id }), "one completion writes both");
        var loser = plan.Rows[0];
        Assert.That((loser.Status, loser.Attempts, loser.LastError), Is.EqualTo((QueueStatus.Superseded, 3, work.Superseded[0].Reason)));
    }

    [Test]
    public void Older_rows_are_retried_with_the_latest_at_the_same_time_and_count()
    {
        var rows = new DueRows();
        var older = rows.Add("connection", Pair, QueueOperation.Upsert, attempts: 3, payload: RoleChange);
        var latest = rows.Upsert("connection", Pair);

        var plan = Planner().Plan(Work(rows), PushOutcome.Transient("Marketo unavailable (608)"));

        Assert.That(plan.Rows.Select(r => r.Id), Is.EqualTo(new[] { older.Id, latest.Id }));
        Assert.That(plan.Rows.Select(r => r.Status), Is.All.EqualTo(QueueStatus.RetryScheduled), "the previous role is still needed");
        Assert.That(plan.Rows.Select(r => r.NextAttemptOn).Distinct().Count(), Is.EqualTo(1), "neither comes back alone before the other");
        Assert.That(plan.Rows.Select(r => r.Attempts), Is.All.EqualTo(4), "the record's fourth push, counted from its oldest row");
        Assert.That(plan.Rows[0].LastError, Does.StartWith($"Retried together with queue row {latest.Id:D}, the latest change of connection {Pair}"));
    }

    [Test]
    public void A_record_whose_older_row_used_up_the_attempts_gives_up_and_supersedes_it()
    {
        var rows = new DueRows();
        var older = rows.Add("lead", Pair, QueueOperation.Delete, status: QueueStatus.RetryScheduled, attempts: 9);
        rows.Upsert("lead", Pair);

        var plan = Planner().Plan(Work(rows), PushOutcome.Transient("timed out"));

        Assert.That(plan.Rows.Select(r => r.Status), Is.EqualTo(new[] { QueueStatus.Superseded, QueueStatus.DeadLettered }));
        Assert.That(plan.Rows[0].Id, Is.EqualTo(older.Id));
        Assert.That(plan.Rows[1].LastError, Is.EqualTo("Gave up after 10 attempts: timed out"));
    }

    [Test]
    public void A_spent_quota_leaves_the_older_rows_due_too()
    {
        var rows = new DueRows();
        rows.Add("connection", Pair, QueueOperation.Upsert, payload: RoleChange);
        rows.Upsert("connection", Pair);

        Assert.That(Planner().Plan(Work(rows), PushOutcome.QuotaExhausted("607")).Rows, Is.Empty);
    }
}
