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

    private static MarketoObject Object(MarketoObjectKind kind, Guid id) =>
        new(kind, id.ToString("D"), "x", new Dictionary<string, string?>(), new Dictionary<string, string?>());

    private static void Row(InMemoryOrganization org, string table, Guid record, QueueStatus status, string? error, string? payload = null) =>
        org.Seed(new Entity(Q.EntityName)
        {
            [Q.Entity] = table,
            [Q.RecordId] = record.ToString("D"),
            [Q.Status] = new OptionSetValue((int)status),
            [Q.LastError] = error,
            [Q.Payload] = payload ?? "{\"v\":1}",
        });
}
