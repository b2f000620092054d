using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Capture;

/// <summary>The queue row's name and the key that marks a record as queued within one platform operation.</summary>
public sealed class QueueItemTests
{
    private static readonly RecordId Lead = RecordId.From(Change.RecordId, "lead");

    [Test]
    public void The_captured_key_is_the_same_in_every_process_because_it_hashes_the_payload_with_FNV_1a()
    {
        var item = new QueueItem("lead", Lead, QueueOperation.Upsert, "{\"v\":1}");

        // FNV-1a 32 of {"v":1}: a fixed value, unlike string.GetHashCode, which differs per process on .NET.
        Assert.That(item.CapturedKey, Is.EqualTo("msi.captured:lead:3f2504e0-4f89-11d3-9a0c-0305e82c3301:Upsert:75b66968"));
    }

    [Test]
    public void A_row_that_knows_more_has_another_key_than_a_plain_one_for_the_same_record()
    {
        var plain = new QueueItem("lead", Lead, QueueOperation.Upsert, "{\"v\":1}");
        var merge = new QueueItem("lead", Lead, QueueOperation.Upsert, "{\"v\":1,\"subordinateId\":\"x\"}");

        Assert.That(merge.CapturedKey, Is.Not.EqualTo(plain.CapturedKey));
        Assert.That(merge.CapturedKey, Does.StartWith("msi.captured:lead:3f2504e0-4f89-11d3-9a0c-0305e82c3301:Upsert:"));
    }

    [Test]
    public void A_row_name_is_the_table_the_id_and_the_operation()
    {
        var item = new QueueItem("connection", Lead, QueueOperation.Delete, "{\"v\":1}");

        Assert.That(item.Name, Is.EqualTo("connection 3f2504e0-4f89-11d3-9a0c-0305e82c3301: Delete"));
    }

    [Test]
    public void A_row_name_never_exceeds_the_name_column()
    {
        var entity = new string('t', DataverseSchema.SyncQueueItem.NameMaxLength);

        var name = new QueueItem(entity, Lead, QueueOperation.Upsert, "{\"v\":1}").Name;

        Assert.That(name, Is.EqualTo(entity));
    }
}
