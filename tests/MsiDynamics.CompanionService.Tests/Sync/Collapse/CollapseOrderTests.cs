using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Collapse;

/// <summary>architecture.md §3.6: Live work first, then Backfill, each by its record's oldest row, the same every time.</summary>
public sealed class CollapseOrderTests
{
    [Test]
    public void A_record_with_rows_in_both_lanes_is_live_work()
    {
        var rows = new DueRows();
        rows.Upsert("lead", DueRows.Id(1), QueueLane.Backfill);
        rows.Upsert("lead", DueRows.Id(1), QueueLane.Live);

        var work = QueueCollapse.Collapse(rows.All).Single();

        Assert.That(work.Lane, Is.EqualTo(QueueLane.Live));
    }

    [Test]
    public void Live_work_comes_before_backfill_work_even_when_the_backfill_is_older()
    {
        var rows = new DueRows();
        rows.Upsert("lead", DueRows.Id(1), QueueLane.Backfill);
        rows.Upsert("lead", DueRows.Id(2), QueueLane.Live);
        rows.Upsert("lead", DueRows.Id(3), QueueLane.Backfill);
        rows.Upsert("lead", DueRows.Id(4), QueueLane.Live);

        var work = QueueCollapse.Collapse(rows.All);

        Assert.That(work.Select(w => w.Record.RecordId), Is.EqualTo(new[] { DueRows.Id(2), DueRows.Id(4), DueRows.Id(1), DueRows.Id(3) }));
        Assert.That(work.Select(w => w.Lane), Is.EqualTo(new[] { QueueLane.Live, QueueLane.Live, QueueLane.Backfill, QueueLane.Backfill }));
    }

    [Test]
    public void Work_within_a_lane_is_ordered_by_each_record_s_oldest_row()
    {
        var rows = new DueRows();
        rows.Upsert("lead", DueRows.Id(1));
        rows.Upsert("lead", DueRows.Id(2));
        rows.Upsert("lead", DueRows.Id(1));

        var work = QueueCollapse.Collapse(rows.All);

        Assert.That(work.Select(w => w.Record.RecordId), Is.EqualTo(new[] { DueRows.Id(1), DueRows.Id(2) }));
    }

    [Test]
    public void The_same_rows_in_any_order_give_the_same_work_in_the_same_order()
    {
        var rows = new DueRows();
        for (var i = 0; i < 60; i++)
        {
            rows.Add(i % 3 == 0 ? "contact" : "lead", DueRows.Id(1 + (i % 17)), i % 5 == 0 ? QueueOperation.Delete : QueueOperation.Upsert,
                i % 4 == 0 ? QueueLane.Backfill : QueueLane.Live);
        }

        var expected = Shape(QueueCollapse.Collapse(rows.All));
        var shuffled = rows.All.OrderBy(r => r.Id).ToList();

        Assert.That(Shape(QueueCollapse.Collapse(shuffled)), Is.EqualTo(expected));
        Assert.That(Shape(QueueCollapse.Collapse(rows.All.Reverse().ToList())), Is.EqualTo(expected));
    }

    [Test]
    public void Ten_thousand_rows_of_a_thousand_records_become_a_thousand_items_that_settle_every_row_once()
    {
        var rows = new DueRows();
        for (var i = 0; i < 10_000; i++)
        {
            rows.Add("lead", DueRows.Id(1 + (i % 1_000)), i % 7 == 0 ? QueueOperation.Delete : QueueOperation.Upsert);
        }

        var work = QueueCollapse.Collapse(rows.All);

        Assert.That(work, Has.Count.EqualTo(1_000));
        Assert.That(work.SelectMany(w => w.SettledRowIds), Is.EquivalentTo(rows.All.Select(r => r.Id)));
        Assert.That(work.Sum(w => w.Superseded.Count), Is.EqualTo(9_000));
        Assert.That(work.Select(w => w.Intent), Is.EqualTo(rows.All.Skip(9_000).Select(r => r.Operation)), "each record's tenth row is its latest");
    }

    private static string[] Shape(IReadOnlyList<RecordWork> work) =>
        work.Select(w => $"{w.Record} {w.Lane} {w.Intent} {string.Join(",", w.SettledRowIds)}").ToArray();
}
