using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

/// <summary>Merge re-parents the subordinate's contacts and opportunities in child Updates (dataverse.md §0.11).</summary>
public sealed class MergeTests
{
    [Test]
    public void Merging_accounts_points_the_subordinates_contacts_and_opportunities_at_the_master_in_child_updates()
    {
        var test = TestOrganization.With(typeof(MessagePlugins.AnyUpdate));
        var (master, subordinate, other) = (test.Seed("account"), test.Seed("account"), test.Seed("account"));
        var child = test.Seed("contact", ("parentcustomerid", new EntityReference("account", subordinate)));
        var stranger = test.Seed("contact", ("parentcustomerid", new EntityReference("account", other)));
        var deal = test.Seed("opportunity",
            ("customerid", new EntityReference("account", subordinate)), ("parentaccountid", new EntityReference("account", subordinate)),
            ("parentcontactid", new EntityReference("contact", stranger)));

        Merge(test, "account", master, subordinate);

        var updates = test.Seen("AnyUpdate").Select(s => $"{s.Entity} {s.Depth} {s.Parent?.MessageName} {string.Join(",", s.TargetColumns.Order())}");
        Assert.That(updates, Is.EqualTo(new[]
        {
            "contact 2 Merge parentcustomerid",
            "opportunity 2 Merge customerid,parentaccountid",
            "account 3 Update statecode,statuscode",
            "account 2 Merge masterid,merged",
        }), "the deactivation mixes state with other columns, so it runs two pipelines (dataverse.md §0.3)");
        Assert.That(Lookup(test, "contact", child, "parentcustomerid"), Is.EqualTo(master));
        Assert.That(Lookup(test, "contact", stranger, "parentcustomerid"), Is.EqualTo(other), "another account's contact stays");
        Assert.That(
            (Lookup(test, "opportunity", deal, "customerid"), Lookup(test, "opportunity", deal, "parentaccountid"), Lookup(test, "opportunity", deal, "parentcontactid")),
            Is.EqualTo((master, master, stranger)));
    }

    [Test]
    public void Merging_contacts_moves_the_subordinates_child_contacts_and_its_opportunities_as_customer_and_as_contact()
    {
        var test = TestOrganization.With(typeof(MessagePlugins.AnyUpdate));
        var (master, subordinate) = (test.Seed("contact"), test.Seed("contact"));
        var child = test.Seed("contact", ("parentcustomerid", new EntityReference("contact", subordinate)));
        var deal = test.Seed("opportunity",
            ("customerid", new EntityReference("contact", subordinate)), ("parentcontactid", new EntityReference("contact", subordinate)));

        Merge(test, "contact", master, subordinate);

        Assert.That(Lookup(test, "contact", child, "parentcustomerid"), Is.EqualTo(master));
        Assert.That((Lookup(test, "opportunity", deal, "customerid"), Lookup(test, "opportunity", deal, "parentcontactid")), Is.EqualTo((master, master)));
    }

    [Test]
    public void A_merge_counts_every_re_parenting_update_as_an_operation()
    {
        var test = TestOrganization.With();
        var (master, subordinate) = (test.Seed("account"), test.Seed("account"));
        test.Seed("contact", ("parentcustomerid", new EntityReference("account", subordinate)));
        test.Seed("contact", ("parentcustomerid", new EntityReference("account", subordinate)));
        var before = test.Org.OperationsExecuted;

        Merge(test, "account", master, subordinate);

        Assert.That(test.Org.OperationsExecuted - before, Is.EqualTo(5), "the Merge, two re-parenting Updates, the deactivation in two");
    }

    private static void Merge(TestOrganization test, string entity, Guid master, Guid subordinate) =>
        test.Service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference(entity, master),
            ["SubordinateId"] = subordinate,
            ["UpdateContent"] = new Entity(entity),
            ["PerformParentingChecks"] = false,
        });

    private static Guid Lookup(TestOrganization test, string entity, Guid id, string column) =>
        test.Row(entity, id).GetAttributeValue<EntityReference>(column)!.Id;
}
