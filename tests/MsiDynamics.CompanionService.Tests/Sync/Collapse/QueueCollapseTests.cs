using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Collapse;

/// <summary>architecture.md §3.6: the due rows of one cycle become one work item per record, latest intent first.</summary>
public sealed class QueueCollapseTests
{
    private static readonly RecordId Ann = DueRows.Id(1);

    [Test]
    public void Two_updates_of_one_lead_become_one_item_that_settles_both_and_supersedes_the_older()
    {
        var rows = new DueRows();
        var older = rows.Upsert("lead", Ann);
        var newer = rows.Upsert("lead", Ann);

        var work = QueueCollapse.Collapse(rows.All).Single();

        Assert.That(work.Intent, Is.EqualTo(QueueOperation.Upsert));
        Assert.That(work.Latest, Is.SameAs(newer));
        Assert.That(work.SettledRowIds, Is.EqualTo(new[] { older.Id, newer.Id }));
        Assert.That(work.Superseded.Select(s => s.RowId), Is.EqualTo(new[] { older.Id }));
        Assert.That(work.Superseded[0].Reason, Does.Contain("Superseded by a later change of lead " + Ann + " in this cycle"));
        Assert.That(work.Superseded[0].Reason, Does.Contain(newer.Id.ToString("D")), "the admin can find the row that carries the change");
    }

    [Test]
    public void A_single_row_settles_itself_and_supersedes_nothing()
    {
        var rows = new DueRows();
        var only = rows.Upsert("contact", Ann);

        var work = QueueCollapse.Collapse(rows.All).Single();

        Assert.That(work.SettledRowIds, Is.EqualTo(new[] { only.Id }));
        Assert.That(work.Superseded, Is.Empty);
    }

    [TestCase(QueueOperation.Upsert, QueueOperation.Delete, TestName = "An upsert then a delete of one record deletes it")]
    [TestCase(QueueOperation.Delete, QueueOperation.Upsert, TestName = "A delete then an upsert of one record upserts it, as the id was written again")]
    [TestCase(QueueOperation.Delete, QueueOperation.Delete, TestName = "Two deletes of one record delete it once")]
    public void Latest_intent_wins(QueueOperation first, QueueOperation second)
    {
        var rows = new DueRows();
        rows.Add("lead", Ann, first);
        var last = rows.Add("lead", Ann, second);

        var work = QueueCollapse.Collapse(rows.All).Single();

        Assert.That(work.Intent, Is.EqualTo(second));
        Assert.That(work.Latest, Is.SameAs(last));
    }

    [Test]
    public void Creation_time_decides_the_latest_row_whatever_order_the_rows_are_read_in()
    {
        var rows = new DueRows();
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var delete = rows.Add("lead", Ann, QueueOperation.Delete, createdOn: at.AddMinutes(5));
        rows.Add("lead", Ann, QueueOperation.Upsert, createdOn: at);

        var work = QueueCollapse.Collapse(rows.All).Single();

        Assert.That(work.Latest, Is.SameAs(delete));
        Assert.That(work.Intent, Is.EqualTo(QueueOperation.Delete));
    }

    [Test]
    public void Rows_written_in_the_same_instant_are_ordered_by_their_sequence()
    {
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var upsert = new DueRow(Guid.NewGuid(), "lead", Ann, QueueOperation.Upsert, QueueLane.Live, at, 7, QueueStatus.Pending, 0, null);
        var delete = new DueRow(Guid.NewGuid(), "lead", Ann, QueueOperation.Delete, QueueLane.Live, at, 6, QueueStatus.Pending, 0, null);

        var work = QueueCollapse.Collapse([delete, upsert]).Single();

        Assert.That(work.Latest, Is.SameAs(upsert));
    }

    [Test]
    public void A_due_retry_takes_part_like_a_pending_row_and_a_newer_change_supersedes_it()
    {
        var rows = new DueRows();
        var retry = rows.Add("lead", Ann, QueueOperation.Upsert, status: QueueStatus.RetryScheduled, attempts: 3);
        var pending = rows.Upsert("lead", Ann);

        var work = QueueCollapse.Collapse(rows.All).Single();

        Assert.That(work.Latest, Is.SameAs(pending));
        Assert.That(work.Superseded.Select(s => s.RowId), Is.EqualTo(new[] { retry.Id }));
    }

    [Test]
    public void A_due_retry_written_last_carries_the_change_with_its_attempts()
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);
        var retry = rows.Add("lead", Ann, QueueOperation.Delete, status: QueueStatus.RetryScheduled, attempts: 2);

        var work = QueueCollapse.Collapse(rows.All).Single();

        Assert.That(work.Latest, Is.SameAs(retry));
        Assert.That(work.Latest.Attempts, Is.EqualTo(2));
    }

    [Test]
    public void A_cycle_without_due_rows_has_no_work() =>
        Assert.That(QueueCollapse.Collapse([]), Is.Empty);

    [Test]
    public void A_row_read_twice_counts_once_and_never_supersedes_itself()
    {
        var rows = new DueRows();
        var older = rows.Upsert("lead", Ann);
        var newer = rows.Upsert("lead", Ann);

        var work = QueueCollapse.Collapse([older, newer, newer]).Single();

        Assert.That(work.SettledRowIds, Is.EqualTo(new[] { older.Id, newer.Id }));
        Assert.That(work.Superseded.Select(s => s.RowId), Is.EqualTo(new[] { older.Id }));
    }
}
