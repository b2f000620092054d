using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

/// <summary>The queue's status index serves the worker's due-rows read, and follows every write and rollback (architecture.md §7).</summary>
public sealed class IndexedReadTests
{
    private static readonly DateTime Start = new(2025, 3, 14, 9, 0, 0, DateTimeKind.Utc);

    // The queue's statuses (architecture.md §4); 2 is retired.
    private static readonly int[] Statuses = [1, 3, 4, 5, 6];

    [Test]
    public void The_due_rows_read_is_served_by_the_status_index_in_lane_and_creation_order()
    {
        var store = Queue(out var rows);

        var read = IndexedRead.TryRead(store, DueRows(), RowOrder.Of(DueRows().Orders), after: null, limit: 4);

        var expected = rows.Where(r => Status(r) is 1 or 4).OrderBy(r => Lane(r)).ThenBy(r => r["createdon"]).Take(4);
        Assert.That(read, Is.EqualTo(expected).Using<Entity>(ReferenceEquals));
    }

    [Test]
    public void A_status_change_moves_the_row_in_the_index_and_a_rollback_moves_it_back()
    {
        var store = Queue(out var rows);
        var first = IndexedRead.TryRead(store, DueRows(), RowOrder.Of(DueRows().Orders), null, 1)![0];

        store.Begin();
        store.Put(WithStatus(first, 3));
        var during = IndexedRead.TryRead(store, DueRows(), RowOrder.Of(DueRows().Orders), null, 1)![0];
        store.Rollback();
        var after = IndexedRead.TryRead(store, DueRows(), RowOrder.Of(DueRows().Orders), null, 1)![0];

        Assert.That(during, Is.Not.SameAs(first));
        Assert.That(after, Is.SameAs(first));
    }

    [Test]
    public void A_query_sorted_otherwise_or_open_to_any_status_is_left_to_the_scan()
    {
        var store = Queue(out _);
        var descending = DueRows();
        descending.Orders[0].OrderType = OrderType.Descending;
        var anyStatus = DueRows();
        anyStatus.Criteria.AddCondition("msi_status", ConditionOperator.NotNull);
        anyStatus.Criteria.FilterOperator = LogicalOperator.Or;

        Assert.That(IndexedRead.TryRead(store, descending, RowOrder.Of(descending.Orders), null, 1), Is.Null);
        Assert.That(IndexedRead.TryRead(store, anyStatus, RowOrder.Of(anyStatus.Orders), null, 1), Is.Null);
    }

    // Pending (1) or RetryScheduled (4) rows; sorted by lane, createdon, key: the drain's due read (architecture.md §3.8)
    // without its time condition, which the index leaves to the filter.
    private static QueryExpression DueRows()
    {
        var query = new QueryExpression("msi_syncqueueitem") { Criteria = new FilterExpression(LogicalOperator.Or) };
        query.Criteria.AddCondition("msi_status", ConditionOperator.Equal, 1);
        query.Criteria.AddCondition("msi_status", ConditionOperator.In, 4);
        query.AddOrder("msi_lane", OrderType.Ascending);
        query.AddOrder("createdon", OrderType.Ascending);
        query.AddOrder("msi_syncqueueitemid", OrderType.Ascending);
        return query;
    }

    private static RowStore Queue(out List<Entity> rows)
    {
        var store = new RowStore();
        rows = [];
        for (var i = 0; i < 40; i++)
        {
            var id = Guid.NewGuid();
            var row = new Entity("msi_syncqueueitem", id)
            {
                ["msi_syncqueueitemid"] = id,
                ["msi_status"] = new OptionSetValue(Statuses[i % 5]),
                ["msi_lane"] = new OptionSetValue(2 - (i % 3 == 0 ? 1 : 0)),
                ["createdon"] = Start.AddSeconds(40 - i),
            };
            rows.Add(row);
            store.Put(row);
        }

        return store;
    }

    private static Entity WithStatus(Entity row, int status)
    {
        var changed = new Entity(row.LogicalName, row.Id);
        foreach (var (name, value) in row.Attributes)
        {
            changed[name] = value;
        }

        changed["msi_status"] = new OptionSetValue(status);
        return changed;
    }

    private static int Status(Entity row) => row.GetAttributeValue<OptionSetValue>("msi_status")!.Value;

    private static int Lane(Entity row) => row.GetAttributeValue<OptionSetValue>("msi_lane")!.Value;
}
