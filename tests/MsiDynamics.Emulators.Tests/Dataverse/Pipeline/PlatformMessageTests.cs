using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class PlatformMessageTests
{
    [TestCase(new[] { "name", "ownerid" }, new[] { "1:name", "2:ownerid" })]
    [TestCase(new[] { "name", "statecode", "statuscode" }, new[] { "1:name", "2:statecode,statuscode" })]
    [TestCase(new[] { "ownerid" }, new[] { "1:ownerid" })]
    [TestCase(new[] { "statecode", "statuscode" }, new[] { "1:statecode,statuscode" })]
    [TestCase(new[] { "name" }, new[] { "1:name" })]
    public void An_update_with_owner_or_state_and_other_columns_runs_the_update_steps_twice(string[] columns, string[] expected)
    {
        var test = TestOrganization.With(typeof(MessagePlugins.AccountUpdate));
        var account = test.Seed("account", ("name", "Contoso"));
        var newOwner = test.Seed("systemuser", ("fullname", "Grace Hopper"));
        var values = new Dictionary<string, object>
        {
            ["name"] = "Contoso Ltd", ["ownerid"] = new EntityReference("systemuser", newOwner),
            ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2),
        };
        var update = new Entity("account", account);
        foreach (var column in columns)
        {
            update[column] = values[column];
        }

        test.Service.Update(update);

        var runs = test.Seen("AccountUpdate").Select(s => $"{s.Depth}:{string.Join(",", s.TargetColumns.Order())}");
        Assert.That(runs, Is.EqualTo(expected));
        var row = test.Row("account", account);
        Assert.That(columns.Select(c => row[c]), Is.EqualTo(columns.Select(c => values[c])), "every column is saved");
    }

    [Test]
    public void Assign_runs_its_own_steps_and_raises_a_child_update_of_the_owner()
    {
        var test = TestOrganization.With(typeof(MessagePlugins.AccountUpdate), typeof(MessagePlugins.AccountAssign));
        var account = test.Seed("account", ("name", "Contoso"));
        var assignee = test.Seed("systemuser", ("firstname", "Grace"), ("lastname", "Hopper"));

        test.Service.Execute(new OrganizationRequest("Assign")
        {
            ["Target"] = new EntityReference("account", account),
            ["Assignee"] = new EntityReference("systemuser", assignee),
        });

        var update = test.Seen("AccountUpdate").Single();
        var assign = test.Seen("AccountAssign").Single();
        Assert.Multiple(() =>
        {
            Assert.That((update.Depth, update.Parent?.MessageName, string.Join(",", update.TargetColumns)), Is.EqualTo((2, "Assign", "ownerid")));
            Assert.That((assign.Depth, assign.Message), Is.EqualTo((1, "Assign")));
            var owner = assign.PostImages["after"].GetAttributeValue<EntityReference>("ownerid")!;
            Assert.That((owner.Id, owner.Name), Is.EqualTo((assignee, "Grace Hopper")));
        });
    }

    [Test]
    public void SetStateDynamicEntity_runs_its_own_steps_and_raises_a_child_update_of_the_state()
    {
        var test = TestOrganization.With(typeof(MessagePlugins.AccountUpdate), typeof(MessagePlugins.AccountSetState));
        var account = test.Seed("account", ("name", "Contoso"));

        test.Service.Execute(new OrganizationRequest("SetStateDynamicEntity")
        {
            ["EntityMoniker"] = new EntityReference("account", account),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        });

        var update = test.Seen("AccountUpdate").Single();
        Assert.That((update.Depth, update.Parent?.MessageName), Is.EqualTo((2, "SetStateDynamicEntity")));
        Assert.That(update.TargetColumns, Is.EquivalentTo(new[] { "statecode", "statuscode" }));
        Assert.That(test.Seen("AccountSetState").Single().PrimaryEntityId, Is.EqualTo(account));
        Assert.That(test.Row("account", account).GetAttributeValue<OptionSetValue>("statecode")!.Value, Is.EqualTo(1));
    }

    [Test]
    public void Merge_updates_the_master_and_deactivates_the_subordinate_in_child_updates()
    {
        var test = TestOrganization.With(typeof(MessagePlugins.AccountUpdate), typeof(MessagePlugins.AccountMerge));
        var master = test.Seed("account", ("name", "Contoso"));
        var subordinate = test.Seed("account", ("name", "Contoso (dup)"));

        test.Service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference("account", master),
            ["SubordinateId"] = subordinate,
            ["UpdateContent"] = new Entity("account") { ["telephone1"] = "555-0100" },
            ["PerformParentingChecks"] = false,
        });

        var updated = test.Seen("AccountUpdate").Select(s => (s.PrimaryEntityId, s.Parent?.MessageName)).Distinct();
        Assert.That(updated, Is.EquivalentTo(new[] { (master, "Merge"), (subordinate, "Merge"), (subordinate, (string?)"Update") }));
        var merged = test.Row("account", subordinate);
        Assert.That(test.Row("account", master)["telephone1"], Is.EqualTo("555-0100"));
        Assert.That((merged["merged"], merged.GetAttributeValue<OptionSetValue>("statecode")!.Value), Is.EqualTo((true, 1)));
        Assert.That(merged.GetAttributeValue<EntityReference>("masterid")!.Id, Is.EqualTo(master));
    }

    [Test]
    public void QualifyLead_creates_the_account_contact_and_opportunity_and_qualifies_the_lead_in_child_requests()
    {
        var test = TestOrganization.With(typeof(MessagePlugins.AnyCreate), typeof(MessagePlugins.LeadStateUpdate), typeof(MessagePlugins.LeadQualify));
        var lead = test.Seed("lead", ("firstname", "Ada"), ("lastname", "Lovelace"), ("companyname", "Analytical Engines"), ("subject", "Engines"));

        var response = test.Service.Execute(new OrganizationRequest("QualifyLead")
        {
            ["LeadId"] = new EntityReference("lead", lead),
            ["CreateAccount"] = true, ["CreateContact"] = true, ["CreateOpportunity"] = true,
            ["Status"] = new OptionSetValue(3),
        });

        var created = (EntityReferenceCollection)response["CreatedEntities"]!;
        Assert.That(created.Select(r => r.LogicalName), Is.EqualTo(new[] { "account", "contact", "opportunity" }));
        Assert.That(test.Seen("AnyCreate").Select(s => (s.Entity, s.Depth, s.Parent?.MessageName)), Is.EqualTo(new[]
        {
            ("account", 2, "QualifyLead"), ("contact", 2, "QualifyLead"), ("opportunity", 2, "QualifyLead"),
        }));
        var contact = test.Row("contact", created[1].Id);
        Assert.That(contact.GetAttributeValue<EntityReference>("parentcustomerid")!.Id, Is.EqualTo(created[0].Id));
        Assert.That(contact.GetAttributeValue<EntityReference>("originatingleadid")!.Id, Is.EqualTo(lead));
        Assert.That(test.Seen("LeadStateUpdate").Single().Depth, Is.EqualTo(2));
        Assert.That(test.Row("lead", lead).GetAttributeValue<OptionSetValue>("statuscode")!.Value, Is.EqualTo(3));
    }
}
