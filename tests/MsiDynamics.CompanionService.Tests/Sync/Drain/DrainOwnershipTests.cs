using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>Merges and owners, as marketo.md and architecture.md §3.10 decide them, over both emulators with the real plug-ins.</summary>
public sealed class DrainOwnershipTests
{
    [Test]
    public async Task A_merged_account_keeps_its_company_and_its_contacts_move_to_the_master()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        var owner = new EntityReference(DataverseSchema.SystemUser.EntityName, org.User.Value);
        var duplicate = rig.Save(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Fabrikam Ltd", ["ownerid"] = owner });
        var person = rig.Save(new Entity(DataverseSchema.Contact.EntityName)
        {
            ["lastname"] = "Moved", ["emailaddress1"] = "moved@fabrikam.example", ["ownerid"] = owner,
            ["parentcustomerid"] = new EntityReference(DataverseSchema.Account.EntityName, duplicate.Value),
        });
        await rig.DrainAsync();

        rig.Rep.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference(DataverseSchema.Account.EntityName, org.Account.Value),
            ["SubordinateId"] = duplicate.Value,
            ["UpdateContent"] = new Entity(DataverseSchema.Account.EntityName),
            ["PerformParentingChecks"] = false,
        });
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.Companies.Select(c => c.ExternalCompanyId), Is.EquivalentTo(new[] { org.Account.ToString(), duplicate.ToString() }));
            Assert.That(rig.Store.Leads.Single(l => l.ExternalPersonId == person.ToString()).ExternalCompanyId, Is.EqualTo(org.Account.ToString()));
            Assert.That(rig.Store.DanglingReferences, Is.Empty);
            Assert.That(rig.Statuses, Has.None.EqualTo(QueueStatus.DeadLettered).And.None.EqualTo(QueueStatus.Pending));
        });
    }

    [Test]
    public async Task A_merged_lead_is_kept_in_Marketo_and_its_row_says_why()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        var twin = rig.Save(new Entity(DataverseSchema.Lead.EntityName)
        {
            ["lastname"] = "Buyer", ["emailaddress1"] = "bo.buyer@fabrikam.example",
            ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, org.User.Value),
        });
        await rig.DrainAsync();

        rig.Rep.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference(DataverseSchema.Lead.EntityName, org.Lead.Value),
            ["SubordinateId"] = twin.Value,
            ["UpdateContent"] = new Entity(DataverseSchema.Lead.EntityName),
            ["PerformParentingChecks"] = false,
        });
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.Leads.Select(l => l.ExternalPersonId), Does.Contain(twin.ToString()).And.Contain(org.Lead.ToString()));
            Assert.That(rig.RowsOf(twin.Value).Last().Status, Is.EqualTo(QueueStatus.Superseded));
            Assert.That(rig.RowsOf(twin.Value).Last().LastError, Does.Contain("merged"));
            Assert.That(rig.RowsOf(org.Lead.Value).Last().Status, Is.EqualTo(QueueStatus.Succeeded));
        });
    }

    [Test]
    public async Task A_team_owned_account_becomes_a_company_without_a_sales_person()
    {
        await using var rig = await DrainRig.StartAsync();
        var team = rig.Org.Seed(new Entity("team") { ["name"] = "Key accounts" });
        var account = rig.Save(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Contoso", ["ownerid"] = new EntityReference("team", team) });

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.RowsOf(account.Value).Single().Status, Is.EqualTo(QueueStatus.Succeeded));
            Assert.That(rig.Store.Companies.Single().ExternalSalesPersonId, Is.Null.Or.Empty);
            Assert.That(rig.Store.SalesPersons, Is.Empty);
        });
    }

    [Test]
    public async Task A_lead_owned_by_a_user_without_an_email_address_is_dead_lettered_naming_the_user()
    {
        await using var rig = await DrainRig.StartAsync();
        var mute = rig.Save(new Entity(DataverseSchema.SystemUser.EntityName) { ["firstname"] = "No", ["lastname"] = "Address" });
        var lead = rig.Save(new Entity(DataverseSchema.Lead.EntityName)
        {
            ["lastname"] = "Owned", ["emailaddress1"] = "owned@example.com", ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, mute.Value),
        });

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.RowsOf(lead.Value).Single().Status, Is.EqualTo(QueueStatus.DeadLettered));
            Assert.That(rig.RowsOf(lead.Value).Single().LastError, Does.Contain(mute.ToString()).And.Contain("e-mail"));
            Assert.That(rig.RowsOf(mute.Value).Single().Status, Is.EqualTo(QueueStatus.DeadLettered));
        });
    }
}
