using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>
/// The connection and connection role steps through the emulated pipeline (dataverse.md §0.4). The platform writes
/// the reciprocal half in a child request of the half the caller wrote, and the child cannot tell its parent that it
/// queued the pair (dataverse.md §0.3), so a change to a pair may queue its row twice: the tests assert the rows
/// after the worker's collapse, and at most two rows per change.
/// </summary>
public sealed class ConnectionStepTests
{
    [TestCase(true)]
    [TestCase(false)]
    public void A_connection_between_an_opportunity_and_a_contact_queues_one_change_keyed_by_the_master(bool opportunityFirst)
    {
        var (org, opportunity, contact, role) = Arrange();
        var other = new EntityReference("connectionrole", org.SeedRole("Stakeholder")) { Name = "Stakeholder" };

        var master = opportunityFirst
            ? Connect(org, opportunity, contact, other, role)
            : Connect(org, contact, opportunity, role, other);

        Assert.That(org.CollapsedQueue, Is.EqualTo(new[]
        {
            $"connection {master:D} Upsert {{\"v\":1,\"opportunityId\":\"{opportunity.Id:D}\",\"contactId\":\"{contact.Id:D}\","
            + $"\"roleId\":\"{role.Id:D}\",\"role\":\"Champion\"}}",
        }));
        Assert.That(org.Queue, Has.Count.InRange(1, 2));
        Assert.That(org.Org.Rows("connection"), Has.Count.EqualTo(2), "the platform stores both halves");
    }

    [Test]
    public void A_connection_between_two_accounts_queues_nothing()
    {
        var org = new CaptureOrganization();
        var first = new EntityReference("account", org.Seed("account"));
        var second = new EntityReference("account", org.Seed("account"));

        Connect(org, first, second, null, null);

        Assert.That(org.Queue, Is.Empty);
    }

    [Test]
    public void A_changed_role_queues_the_previous_role_for_the_worker_to_delete()
    {
        var (org, opportunity, contact, role) = Arrange();
        var master = Connect(org, opportunity, contact, null, role);
        var sponsor = new EntityReference("connectionrole", org.SeedRole("Sponsor")) { Name = "Sponsor" };

        org.User.Update(new Entity("connection", master) { ["record2roleid"] = sponsor });

        var payload = (string)org.Queue.Last()["msi_payload"]!;
        Assert.That(org.CollapsedQueue, Has.Count.EqualTo(2), "the create, then the change");
        Assert.That(payload, Does.Contain("\"role\":\"Sponsor\"").And.Contain("\"previous\":{").And.EndWith("\"role\":\"Champion\"}}"));
    }

    [Test]
    public void A_deleted_connection_queues_one_delete_with_its_opportunity_contact_and_role()
    {
        var (org, opportunity, contact, role) = Arrange();
        var master = Connect(org, contact, opportunity, role, null);

        org.User.Delete("connection", master);

        Assert.That(org.QueueSummary.Last(), Is.EqualTo(
            $"connection {master:D} Delete {{\"v\":1,\"opportunityId\":\"{opportunity.Id:D}\",\"contactId\":\"{contact.Id:D}\","
            + $"\"roleId\":\"{role.Id:D}\",\"role\":\"Champion\"}}"));
        Assert.That(org.CollapsedQueue, Has.Count.EqualTo(2), "the create, then the delete");
    }

    [Test]
    public void A_renamed_connection_role_queues_the_role_with_its_previous_name()
    {
        var org = new CaptureOrganization();
        var role = org.SeedRole("Champion");

        org.Admin.Update(new Entity("connectionrole", role) { ["name"] = "Sponsor" });

        Assert.That(org.QueueSummary, Is.EqualTo(new[]
        {
            $"connectionrole {role:D} Upsert {{\"v\":1,\"name\":\"Sponsor\",\"previousName\":\"Champion\"}}",
        }));
    }

    [Test]
    public void A_connection_role_follows_the_connection_setting()
    {
        var org = new CaptureOrganization();
        org.SetSync("connection", enabled: false);
        var role = org.SeedRole("Champion");

        org.Admin.Update(new Entity("connectionrole", role) { ["name"] = "Sponsor" });

        Assert.That(org.Queue, Is.Empty);
    }

    private static (CaptureOrganization Org, EntityReference Opportunity, EntityReference Contact, EntityReference Role) Arrange()
    {
        var org = new CaptureOrganization();
        var opportunity = new EntityReference("opportunity", org.Seed("opportunity"));
        var contact = new EntityReference("contact", org.Seed("contact"));
        var role = new EntityReference("connectionrole", org.SeedRole("Champion")) { Name = "Champion" };
        return (org, opportunity, contact, role);
    }

    private static Guid Connect(
        CaptureOrganization org, EntityReference record1, EntityReference record2, EntityReference? role1, EntityReference? role2) =>
        org.User.Create(new Entity("connection")
        {
            ["record1id"] = record1, ["record2id"] = record2, ["record1roleid"] = role1, ["record2roleid"] = role2,
        });
}
