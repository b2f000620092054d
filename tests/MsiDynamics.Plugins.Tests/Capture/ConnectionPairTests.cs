using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Capture;

/// <summary>
/// When an updated connection carries the role Marketo had before: whenever Marketo's role key (opportunity,
/// contact, role) differs, because Marketo cannot update that key and the worker deletes the old role.
/// </summary>
public sealed class ConnectionPairTests
{
    private static readonly Guid OtherContactId = Guid.Parse("e5e5e5e5-6666-4777-8888-999900001111");
    private static readonly Guid OtherOpportunityId = Guid.Parse("f6f6f6f6-7777-4888-8999-000011112222");

    [TestCase("contact", TestName = "A connection moved to another contact carries the previous pair")]
    [TestCase("opportunity", TestName = "A connection moved to another opportunity carries the previous pair")]
    [TestCase("role", TestName = "A connection given another role of the same name carries the previous role")]
    [TestCase("role name", TestName = "A connection whose role is renamed carries the previous role name")]
    public void An_update_that_changes_Marketos_role_key_carries_the_previous_role(string changed)
    {
        var role = Change.Role("Champion");
        var before = Change.Connection(Change.Opportunity, Change.Contact, role2: role);
        var after = Change.Connection(
            changed == "opportunity" ? new RecordReference("opportunity", OtherOpportunityId) : Change.Opportunity,
            changed == "contact" ? new RecordReference("contact", OtherContactId) : Change.Contact,
            role2: changed == "role" ? new RecordReference("connectionrole", Change.OtherRoleId, "Champion")
                : changed == "role name" ? Change.Role("Sponsor")
                : role);

        var item = Change.Decide("Update", "connection", Change.Columns(("statecode", 0)), before, after);

        Assert.That(item?.Operation, Is.EqualTo(QueueOperation.Upsert));
        Assert.That(item!.Payload, Is.EqualTo("{\"v\":1," + Pair(after) + ",\"previous\":{" + Pair(before) + "}}"));
    }

    [Test]
    public void Without_a_post_image_the_connection_after_an_update_is_the_pre_image_with_the_targets_changes()
    {
        var before = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role("Champion"));
        var sponsor = new RecordReference("connectionrole", Change.OtherRoleId, "Sponsor");
        var target = Change.Columns(("record2roleid", sponsor));
        var after = Change.Connection(Change.Opportunity, Change.Contact, role2: sponsor);

        var item = Change.Decide("Update", "connection", target, before);

        Assert.That(item?.Payload, Is.EqualTo("{\"v\":1," + Pair(after) + ",\"previous\":{" + Pair(before) + "}}"));
    }

    [TestCase("record1id")]
    [TestCase("record2id")]
    public void A_connection_with_an_end_missing_enqueues_nothing(string missing)
    {
        var image = Change.Connection(Change.Opportunity, Change.Contact);
        image.Remove(missing);

        Assert.That(Change.Decide("Create", "connection", postImage: image), Is.Null);
    }

    [Test]
    public void An_update_of_a_connection_that_changes_no_synced_column_enqueues_nothing()
    {
        var image = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role("Champion"));
        image["statecode"] = 0;

        Assert.That(Change.Decide("Update", "connection", Change.Columns(("statecode", 0)), image, image), Is.Null);
    }

    [Test]
    public void An_update_of_a_connection_between_accounts_enqueues_nothing()
    {
        var image = Change.Connection(Change.Ref("account"), Change.Ref("account"));

        Assert.That(Change.Decide("Update", "connection", Change.Columns(("statecode", 1)), image, image), Is.Null);
    }

    private static string Pair(IReadOnlyDictionary<string, object?> columns)
    {
        var opportunity = (RecordReference)columns["record1id"]!;
        var contact = (RecordReference)columns["record2id"]!;
        var role = (RecordReference)columns["record2roleid"]!;
        return $"\"opportunityId\":\"{opportunity.Id:D}\",\"contactId\":\"{contact.Id:D}\",\"roleId\":\"{role.Id:D}\",\"role\":\"{role.Name}\"";
    }
}
