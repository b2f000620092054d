using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Capture;

public sealed class ConnectionCaptureTests
{
    private const string Pair =
        "\"opportunityId\":\"9b1d5c1e-0a6b-4c8e-9f43-21f1d6e0a001\",\"contactId\":\"c0c0c0c0-1111-4222-8333-444455556666\"";

    private const string Champion = ",\"roleId\":\"a1a1a1a1-2222-4333-8444-555566667777\",\"role\":\"Champion\"";

    [Test]
    public void A_connection_from_opportunity_to_contact_enqueues_its_pair_and_the_contact_sides_role()
    {
        var image = Change.Connection(Change.Opportunity, Change.Contact, Change.Ref("connectionrole"), Change.Role("Champion"));

        var item = Change.Decide("Create", "connection", postImage: image);

        Assert.That(item?.Entity, Is.EqualTo("connection"));
        Assert.That(item!.Operation, Is.EqualTo(QueueOperation.Upsert));
        Assert.That(item.RecordId.ToString(), Is.EqualTo(Change.Canonical(Change.RecordId)));
        Assert.That(item.Payload, Is.EqualTo("{\"v\":1," + Pair + Champion + "}"));
    }

    [Test]
    public void A_connection_from_contact_to_opportunity_reads_the_role_of_record1()
    {
        var image = Change.Connection(Change.Contact, Change.Opportunity, Change.Role("Champion"), Change.Ref("connectionrole"));

        Assert.That(Change.Decide("Create", "connection", postImage: image)?.Payload, Is.EqualTo("{\"v\":1," + Pair + Champion + "}"));
    }

    [Test]
    public void Both_halves_of_a_connection_map_to_the_master_id()
    {
        var master = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role("Champion"));
        var reciprocal = Change.Connection(Change.Contact, Change.Opportunity, Change.Role("Champion"), isMaster: false);

        var fromMaster = Change.Decide("Create", "connection", postImage: master, recordId: Change.MasterId);
        var fromReciprocal = Change.Decide("Create", "connection", postImage: reciprocal, recordId: Guid.NewGuid());

        Assert.That(fromReciprocal?.RecordId.ToString(), Is.EqualTo(Change.Canonical(Change.MasterId)));
        Assert.That(fromReciprocal!.CapturedKey, Is.EqualTo(fromMaster!.CapturedKey));
        Assert.That(fromReciprocal.Payload, Is.EqualTo(fromMaster.Payload));
    }

    [TestCase("account", "account")]
    [TestCase("opportunity", "account")]
    [TestCase("contact", "contact")]
    [TestCase("opportunity", "systemuser")]
    [TestCase("lead", "opportunity")]
    public void A_connection_that_is_not_between_an_opportunity_and_a_contact_enqueues_nothing(string end1, string end2)
    {
        var image = Change.Connection(Change.Ref(end1), Change.Ref(end2));

        Assert.That(Change.Decide("Create", "connection", postImage: image), Is.Null);
        Assert.That(Change.Decide("Delete", "connection", preImage: image), Is.Null);
    }

    [Test]
    public void A_changed_role_carries_the_previous_role_for_the_worker_to_delete()
    {
        var before = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role("Champion"));
        var after = Change.Connection(Change.Opportunity, Change.Contact, role2: new RecordReference("connectionrole", Change.OtherRoleId, "Decision Maker"));
        var target = Change.Columns(("record2roleid", after["record2roleid"]));

        var item = Change.Decide("Update", "connection", target, before, after);

        Assert.That(item?.Payload, Is.EqualTo(
            "{\"v\":1," + Pair + ",\"roleId\":\"b2b2b2b2-3333-4444-8555-666677778888\",\"role\":\"Decision Maker\""
            + ",\"previous\":{" + Pair + Champion + "}}"));
    }

    [Test]
    public void A_deactivated_connection_enqueues_an_upsert_without_previous()
    {
        var image = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role("Champion"));

        var item = Change.Decide("Update", "connection", Change.Columns(("statecode", 1)), image, image);

        Assert.That(item?.Payload, Is.EqualTo("{\"v\":1," + Pair + Champion + "}"));
    }

    [Test]
    public void A_connection_whose_contact_end_moves_to_an_account_enqueues_a_delete_of_the_old_role()
    {
        var before = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role("Champion"));
        var after = Change.Connection(Change.Opportunity, Change.Ref("account"), role2: Change.Role("Champion"));

        var item = Change.Decide("Update", "connection", Change.Columns(("record2id", after["record2id"])), before, after);

        Assert.That(item?.Operation, Is.EqualTo(QueueOperation.Delete));
        Assert.That(item!.Payload, Is.EqualTo("{\"v\":1," + Pair + Champion + "}"));
    }

    [Test]
    public void A_deleted_connection_carries_its_opportunity_contact_and_role()
    {
        var image = Change.Connection(Change.Contact, Change.Opportunity, Change.Role("Champion"), isMaster: false);

        var item = Change.Decide("Delete", "connection", preImage: image);

        Assert.That(item?.Operation, Is.EqualTo(QueueOperation.Delete));
        Assert.That(item!.RecordId.ToString(), Is.EqualTo(Change.Canonical(Change.MasterId)));
        Assert.That(item.Payload, Is.EqualTo("{\"v\":1," + Pair + Champion + "}"));
    }

    [Test]
    public void The_largest_payload_fits_the_payload_column_even_with_pathological_role_names()
    {
        var worst = new string('\u0001', 5000);
        var before = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role(worst));
        var after = Change.Connection(Change.Opportunity, Change.Contact, role2: new RecordReference("connectionrole", Change.OtherRoleId, worst + "x"));

        var item = Change.Decide("Update", "connection", Change.Columns(("record2roleid", after["record2roleid"])), before, after);

        Assert.That(item?.Payload, Has.Length.LessThanOrEqualTo(DataverseSchema.SyncQueueItem.PayloadMaxLength));
    }

    [Test]
    public void A_lookup_column_that_holds_text_is_an_error_for_the_adapter_to_trace()
    {
        var image = Change.Connection(Change.Opportunity, Change.Contact);
        image["record2roleid"] = "Champion";

        Assert.Throws<InvalidCastException>(() => Change.Decide("Create", "connection", postImage: image));
    }

    [TestCase("name", "Champion", "Sponsor", "{\"v\":1,\"name\":\"Sponsor\",\"previousName\":\"Champion\"}")]
    [TestCase("category", 1000, 1001, "{\"v\":1,\"name\":\"Champion\",\"previousName\":\"Champion\"}")]
    public void A_renamed_or_recategorised_role_enqueues_an_upsert_with_its_previous_name(
        string column, object before, object after, string payload)
    {
        var preImage = Change.Columns(("name", "Champion"), ("category", 1000));
        preImage[column] = before;

        var item = Change.Decide("Update", "connectionrole", Change.Columns((column, after)), preImage);

        Assert.That(item?.Entity, Is.EqualTo(DataverseSchema.ConnectionRole.EntityName));
        Assert.That(item!.Payload, Is.EqualTo(payload));
    }

    [Test]
    public void A_role_update_of_other_columns_enqueues_nothing() =>
        Assert.That(
            Change.Decide("Update", "connectionrole", Change.Columns(("description", "x")), Change.Columns(("name", "Champion"))),
            Is.Null);
}
