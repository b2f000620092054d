using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Sandbox.Chaos;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Sandbox.Tests.Chaos;

/// <summary>What the chaos judge reads off a record's newest queue row instead of counting it as lost.</summary>
public sealed class DeadLetterCoverTests
{
    private static readonly Guid Account = Guid.Parse("2a40d541-4171-f6eb-aa9b-a13ffbefc903");
    private static readonly Guid Lead = Guid.Parse("2a40d588-3005-7ccf-66f2-edd082ac6c89");

    [Test]
    public void A_record_whose_newest_change_is_dead_lettered_for_its_data_is_covered_one_pushed_since_is_not()
    {
        var org = new InMemoryOrganization();
        Row(org, "account", Account, QueueStatus.DeadLettered, "systemuser … has no primary e-mail address");
        Row(org, "lead", Lead, QueueStatus.DeadLettered, "It refers to account …, which exists neither in Dynamics nor in Marketo.");
        Row(org, "lead", Lead, QueueStatus.Succeeded, null);

        var cover = DeadLetterCover.Of(org);

        Assert.Multiple(() =>
        {
            Assert.That(cover.Covers(Object(MarketoObjectKind.Company, Account)), Is.True);
            Assert.That(cover.Covers(Object(MarketoObjectKind.Person, Lead)), Is.False);
            Assert.That(cover.GaveUp, Is.Empty);
        });
    }

    [Test]
    public void A_change_given_up_after_its_attempts_covers_nothing_and_is_listed()
    {
        var org = new InMemoryOrganization();
        Row(org, "lead", Lead, QueueStatus.DeadLettered, "Gave up after 10 attempts: Marketo 611 System error");

        var cover = DeadLetterCover.Of(org);

        Assert.That((cover.Covers(Object(MarketoObjectKind.Person, Lead)), cover.GaveUp.Count), Is.EqualTo((false, 1)));
    }

    [Test]
    public void A_deleted_connection_whose_delete_was_not_sent_while_sync_was_off_covers_its_role()
    {
        var org = new InMemoryOrganization();
        var opportunity = Guid.NewGuid();
        var contact = Guid.NewGuid();
        Row(org, "connection", Guid.NewGuid(), QueueStatus.Superseded,
            "Sync of connection is switched off in the sync settings, so the change was not sent.",
            $$"""{"opportunityId":"{{opportunity:D}}","contactId":"{{contact:D}}","role":"Sponsor"}""");

        var cover = DeadLetterCover.Of(org);

        var role = new MarketoObject(MarketoObjectKind.OpportunityRole, $"{opportunity:D}/{contact:D}/Sponsor", "Sponsor",
            new Dictionary<string, string?>(), new Dictionary<string, string?>());
        Assert.That(cover.Covers(role), Is.True);
    }

    [Test]
    public void An_opportunity_gone_from_Dynamics_without_a_delete_row_was_deleted_while_off_one_whose_delete_was_queued_must_be_gone()
    {
        var org = new InMemoryOrganization();
        var unqueued = Guid.NewGuid();
        var queued = Guid.NewGuid();
        Row(org, "opportunity", unqueued, QueueStatus.Superseded, "The record no longer exists in Dynamics, so there is nothing to send to Marketo.");
        Row(org, "opportunity", queued, QueueStatus.Succeeded, null, operation: QueueOperation.Delete);

        var cover = DeadLetterCover.Of(org);

        Assert.Multiple(() =>
        {
            Assert.That(cover.Covers(Object(MarketoObjectKind.Opportunity, unqueued)), Is.True);
            Assert.That(cover.Covers(Object(MarketoObjectKind.Opportunity, queued)), Is.False);
        });
    }

    [Test]
    public void A_role_of_a_pair_no_connection_joins_is_covered_only_when_no_delete_of_the_pair_was_queued()
    {
        var org = new InMemoryOrganization();
        var (opportunity, contact, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        org.Seed(new Entity(DataverseSchema.Opportunity.EntityName, opportunity));
        Row(org, "connection", Guid.NewGuid(), QueueStatus.Succeeded, null,
            $$"""{"opportunityId":"{{opportunity:D}}","contactId":"{{contact:D}}","role":"Sponsor"}""", QueueOperation.Delete);

        var cover = DeadLetterCover.Of(org);

        Assert.Multiple(() =>
        {
            Assert.That(cover.Covers(Role(opportunity, contact)), Is.False, "its delete was queued: the sync had to remove it");
            Assert.That(cover.Covers(Role(opportunity, other)), Is.True, "no row: the connection was removed while sync was off");
        });
    }

    private static MarketoObject Role(Guid opportunity, Guid contact) =>
        new(MarketoObjectKind.OpportunityRole, $"{opportunity:D}/{contact:D}/Sponsor", "Sponsor", new Dictionary<string, string?>(), new Dictionary<string, string?>());

    private static MarketoObject Object(MarketoObjectKind kind, Guid id) =>
        new(kind, id.ToString("D"), "x", new Dictionary<string, string?>(), new Dictionary<string, string?>());

    private static void Row(InMemoryOrganization org, string table, Guid record, QueueStatus status, string? error, string? payload = null,
        QueueOperation operation = QueueOperation.Upsert) =>
        org.Seed(new Entity(Q.EntityName)
        {
            [Q.Operation] = new OptionSetValue((int)operation),
            [Q.Entity] = table,
            [Q.RecordId] = record.ToString("D"),
            [Q.Status] = new OptionSetValue((int)status),
            [Q.LastError] = error,
            [Q.Payload] = payload ?? "{\"v\":1}",
        });
}
