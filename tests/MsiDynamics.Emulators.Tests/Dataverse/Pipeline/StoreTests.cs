using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

/// <summary>The row store's transactions: a row-level undo log, restored exactly on rollback (architecture.md §7).</summary>
public sealed class StoreTests
{
    [Test]
    public void A_rollback_restores_updated_deleted_and_created_rows_exactly_in_their_creation_order()
    {
        var store = new RowStore();
        var rows = Enumerable.Range(0, 4).Select(i => Account($"Account {i}")).ToList();
        rows.ForEach(store.Put);

        store.Begin();
        store.Put(Renamed(rows[1], "Changed"));
        store.Remove("account", rows[2].Id);
        store.Put(Account("Created"));
        store.Put(Renamed(rows[0], "Changed too"));
        store.Rollback();

        Assert.That(store.All("account"), Is.EqualTo(rows).Using<Entity>(ReferenceEquals), "the very rows, in creation order");
        Assert.That(store.InTransaction, Is.False);
    }

    [Test]
    public void A_row_deleted_and_created_again_in_one_transaction_rolls_back_to_where_it_stood()
    {
        var store = new RowStore();
        var rows = Enumerable.Range(0, 3).Select(i => Account($"Account {i}")).ToList();
        rows.ForEach(store.Put);

        store.Begin();
        store.Remove("account", rows[0].Id);
        store.Put(Renamed(rows[0], "Born again"));
        Assert.That(store.All("account")[^1].GetAttributeValue<string>("name"), Is.EqualTo("Born again"), "a new row goes last");
        store.Rollback();

        Assert.That(store.All("account"), Is.EqualTo(rows).Using<Entity>(ReferenceEquals));
    }

    [Test]
    public void A_commit_keeps_every_change_and_deleted_rows_leave_the_creation_order()
    {
        var store = new RowStore();
        var rows = Enumerable.Range(0, 3000).Select(i => Account($"Account {i}")).ToList();
        rows.ForEach(store.Put);

        store.Begin();
        foreach (var row in rows.Where((_, i) => i % 3 != 0))
        {
            store.Remove("account", row.Id);
        }

        var updated = Renamed(rows[3], "Changed");
        store.Put(updated);
        store.Commit();
        store.Put(Account("After"));

        var expected = rows.Where((_, i) => i % 3 == 0).Select(r => r.Id == updated.Id ? updated : r).Append(store.All("account")[^1]);
        Assert.That(store.All("account"), Is.EqualTo(expected).Using<Entity>(ReferenceEquals));
        Assert.That(store.All("account")[^1].GetAttributeValue<string>("name"), Is.EqualTo("After"));
    }

    [Test]
    public void A_transaction_that_writes_one_row_of_a_100000_row_table_saves_only_that_row()
    {
        var store = new RowStore();
        var rows = Enumerable.Range(0, 100_000).Select(i => Account($"Account {i}")).ToList();
        rows.ForEach(store.Put);

        store.Begin();
        store.Put(Renamed(rows[50_000], "Changed"));
        store.Put(Renamed(rows[50_000], "Changed twice"));
        Assert.That(store.UndoLength, Is.EqualTo(1), "one row touched, one row saved");
        store.Remove("account", rows[7].Id);
        Assert.That(store.UndoLength, Is.EqualTo(2));
        store.Rollback();

        Assert.That(store.Get("account", rows[50_000].Id), Is.SameAs(rows[50_000]));
        Assert.That(store.All("account")[7], Is.SameAs(rows[7]));
        Assert.That(store.UndoLength, Is.Zero);
    }

    private static Entity Account(string name) => new("account", Guid.NewGuid()) { ["name"] = name };

    private static Entity Renamed(Entity row, string name) => new(row.LogicalName, row.Id) { ["name"] = name };
}
