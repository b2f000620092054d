using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>
/// The queue row written for a decided item. The engine clips each payload member, so its payloads fit the
/// column; the row clips once more, because a payload over the column's length would make the platform's
/// Create fail, and with it the user's save. A linked item sets the one lookup of its record's table (architecture.md §4).
/// </summary>
public sealed class QueueRowTests
{
    private static readonly string[] LinkColumns =
        [.. DataverseSchema.SyncQueueItem.LinkedTables.Select(t => DataverseSchema.SyncQueueItem.LinkColumnFor(t)!)];

    private static readonly Guid CorrelationId = Guid.Parse("0f0f0f0f-1111-4222-8333-444455556666");

    [TestCase(9999, 9999)]
    [TestCase(DataverseSchema.SyncQueueItem.PayloadMaxLength, DataverseSchema.SyncQueueItem.PayloadMaxLength)]
    [TestCase(DataverseSchema.SyncQueueItem.PayloadMaxLength + 1, DataverseSchema.SyncQueueItem.PayloadMaxLength)]
    [TestCase(25000, DataverseSchema.SyncQueueItem.PayloadMaxLength)]
    public void A_payload_never_exceeds_the_payload_column(int length, int written)
    {
        var payload = new string('p', length);

        var row = QueueRow.For(Item(payload), CorrelationId);

        Assert.That(row[DataverseSchema.SyncQueueItem.Payload], Is.EqualTo(payload.Substring(0, written)));
    }

    [Test]
    public void A_row_is_tagged_with_the_canonical_correlation_id_of_the_save()
    {
        var row = QueueRow.For(Item("{\"v\":1}"), CorrelationId);

        Assert.That(
            row[DataverseSchema.SyncQueueItem.CorrelationId], Is.EqualTo("0f0f0f0f-1111-4222-8333-444455556666"));
    }

    [TestCase("lead", DataverseSchema.SyncQueueItem.LeadId)]
    [TestCase("contact", DataverseSchema.SyncQueueItem.ContactId)]
    [TestCase("account", DataverseSchema.SyncQueueItem.AccountId)]
    [TestCase("opportunity", DataverseSchema.SyncQueueItem.OpportunityId)]
    [TestCase("systemuser", DataverseSchema.SyncQueueItem.SystemUserId)]
    public void A_linked_item_sets_the_lookup_of_its_table_and_no_other(string table, string column)
    {
        var id = Guid.Parse("9b1d5c1e-0a6b-4c8e-9f43-21f1d6e0a001");
        var item = new QueueItem("connection", RecordId.From(id, "id"), QueueOperation.Upsert, "{\"v\":1}", new RecordReference(table, id));

        var row = QueueRow.For(item, CorrelationId);

        Assert.That(row.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>(column), Is.EqualTo(new Microsoft.Xrm.Sdk.EntityReference(table, id)));
        Assert.That(LinkColumns.Count(row.Contains), Is.EqualTo(1));
    }

    [Test]
    public void An_item_without_a_link_sets_no_lookup()
    {
        var row = QueueRow.For(Item("{\"v\":1}"), CorrelationId);

        Assert.That(LinkColumns.Where(row.Contains), Is.Empty);
    }

    private static QueueItem Item(string payload) =>
        new("lead", RecordId.From(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), "id"), QueueOperation.Upsert, payload);
}
