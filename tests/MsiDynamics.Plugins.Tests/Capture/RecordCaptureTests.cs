using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Capture;

public sealed class RecordCaptureTests
{
    [TestCase("systemuser", "Create")]
    [TestCase("account", "Create")]
    [TestCase("account", "Assign")]
    [TestCase("account", "SetStateDynamicEntity")]
    [TestCase("lead", "Create")]
    [TestCase("lead", "Assign")]
    [TestCase("lead", "SetStateDynamicEntity")]
    [TestCase("contact", "Create")]
    [TestCase("contact", "Assign")]
    [TestCase("contact", "SetStateDynamicEntity")]
    [TestCase("opportunity", "Create")]
    [TestCase("opportunity", "Assign")]
    [TestCase("opportunity", "SetStateDynamicEntity")]
    [TestCase("opportunity", "Win")]
    [TestCase("opportunity", "Lose")]
    public void A_create_assign_or_state_change_enqueues_an_upsert_of_the_record(string entity, string message)
    {
        var item = Change.Decide(message, entity, target: Change.Columns(("name", "x")));

        Assert.That(item, Is.Not.Null);
        Assert.That(item!.Entity, Is.EqualTo(entity));
        Assert.That(item.RecordId.ToString(), Is.EqualTo(Change.Canonical(Change.RecordId)));
        Assert.That(item.Operation, Is.EqualTo(QueueOperation.Upsert));
        Assert.That(item.Payload, Is.EqualTo("{\"v\":1}"));
        Assert.That(item.Name, Is.EqualTo(entity + " 3f2504e0-4f89-11d3-9a0c-0305e82c3301: Upsert"));
    }

    [TestCase("lead", "emailaddress1", "old@example.com", "new@example.com", true)]
    [TestCase("lead", "emailaddress1", "same@example.com", "same@example.com", false)]
    [TestCase("lead", "emailaddress1", null, "", false)]
    [TestCase("contact", "lastname", "Smith", "Smyth", true)]
    [TestCase("account", "name", null, "Contoso", true)]
    [TestCase("opportunity", "name", "Deal", "Deal", false)]
    public void An_update_enqueues_only_when_a_synced_column_differs_from_the_pre_image(
        string entity, string column, string? before, string? after, bool enqueued)
    {
        var item = Change.Decide(
            "Update", entity, target: Change.Columns((column, after)), preImage: Change.Columns((column, before)));

        Assert.That(item is not null, Is.EqualTo(enqueued));
    }

    [TestCase("lead")]
    [TestCase("contact")]
    public void An_update_of_only_MSI_columns_enqueues_nothing(string entity)
    {
        var target = Change.Columns(
            (DataverseSchema.MsiColumns.Priority, 80),
            (DataverseSchema.MsiColumns.RelativeScore, 3),
            (DataverseSchema.MsiColumns.LastInterestingMomentDesc, "Opened e-mail"),
            (DataverseSchema.MsiColumns.MarketoLeadId, "1234"));

        Assert.That(Change.Decide("Update", entity, target: target, preImage: Change.Columns()), Is.Null);
        Assert.That(Change.Decide("Update", entity, target: target), Is.Null, "without a pre-image too");
    }

    [Test]
    public void An_update_of_a_user_without_a_pre_image_enqueues_when_a_synced_column_is_written()
    {
        var item = Change.Decide("Update", "systemuser", target: Change.Columns(("internalemailaddress", "a@b.c")));

        Assert.That(item?.Operation, Is.EqualTo(QueueOperation.Upsert));
    }

    [Test]
    public void A_change_of_owner_to_a_team_enqueues_an_upsert_that_carries_no_owner()
    {
        var team = new RecordReference("team", Guid.NewGuid(), "Sales EMEA");
        var item = Change.Decide(
            "Update", "lead", target: Change.Columns(("ownerid", team)),
            preImage: Change.Columns(("ownerid", new RecordReference("systemuser", Guid.NewGuid()))));

        Assert.That(item?.Payload, Is.EqualTo("{\"v\":1}"));
    }

    [TestCase("lead")]
    [TestCase("contact")]
    public void A_delete_of_a_person_carries_the_marketo_lead_id_and_email_from_the_pre_image(string entity)
    {
        var preImage = Change.Columns(("msi_marketoleadid", "4711"), ("emailaddress1", "ann@example.com"));

        var item = Change.Decide("Delete", entity, preImage: preImage);

        Assert.That(item?.Operation, Is.EqualTo(QueueOperation.Delete));
        Assert.That(item!.Payload, Is.EqualTo("{\"v\":1,\"marketoLeadId\":\"4711\",\"email\":\"ann@example.com\"}"));
    }

    [TestCase("account", "Contoso")]
    [TestCase("opportunity", "Big \"deal\"")]
    public void A_delete_of_an_account_or_opportunity_carries_its_name(string entity, string name)
    {
        var item = Change.Decide("Delete", entity, preImage: Change.Columns(("name", name)));

        Assert.That(item?.Payload, Is.EqualTo("{\"v\":1,\"name\":\"" + name.Replace("\"", "\\\"") + "\"}"));
    }

    [TestCase("lead")]
    [TestCase("contact")]
    [TestCase("account")]
    public void A_merge_enqueues_an_upsert_of_the_master_with_the_canonical_subordinate_id(string entity)
    {
        var item = Change.Decide("Merge", entity, subordinateId: "{C0C0C0C0-1111-4222-8333-444455556666}");

        Assert.That(item?.Operation, Is.EqualTo(QueueOperation.Upsert));
        Assert.That(item!.Payload, Is.EqualTo("{\"v\":1,\"subordinateId\":\"c0c0c0c0-1111-4222-8333-444455556666\"}"));
    }

    [TestCase("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}")]
    [TestCase("3F2504E0-4F89-11D3-9A0C-0305E82C3301")]
    [TestCase("3f2504e04f8911d39a0c0305e82c3301")]
    [TestCase(" (3f2504e0-4f89-11d3-9a0c-0305e82c3301) ")]
    public void A_record_id_in_any_guid_form_comes_out_canonical(string recordId)
    {
        var item = Change.Decide("Create", "lead", recordId: recordId);

        Assert.That(item?.RecordId.ToString(), Is.EqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    }

    [TestCase("annotation", "Create")]
    [TestCase("lead", "Retrieve")]
    [TestCase("lead", "QualifyLead")]
    public void A_table_or_message_that_is_not_synced_enqueues_nothing(string entity, string message) =>
        Assert.That(Change.Decide(message, entity, target: Change.Columns(("subject", "x"))), Is.Null);

    [Test]
    public void A_missing_record_id_is_an_error_for_the_adapter_to_trace() =>
        Assert.Throws<FormatException>(() => Change.Decide("Create", "lead", recordId: Guid.Empty));
}
