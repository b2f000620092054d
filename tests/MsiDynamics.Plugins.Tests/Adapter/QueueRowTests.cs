using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>
/// The queue row written for a decided item. The engine clips each payload member, so its payloads fit the
/// column; the row clips once more, because a payload over the column's length would make the platform's
/// Create fail, and with it the user's save.
/// </summary>
public sealed class QueueRowTests
{
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

    private static QueueItem Item(string payload) =>
        new("lead", RecordId.From(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), "id"), QueueOperation.Upsert, payload);
}
