using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>The decisions of marketo.md and architecture.md §3.10, each over both emulators with the real plug-ins.</summary>
public sealed class DrainDecisionsTests
{
    [Test]
    public async Task A_new_lead_without_an_email_address_ends_superseded_and_the_others_are_pushed()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        var silent = rig.Save(new Entity(DataverseSchema.Lead.EntityName) { ["lastname"] = "Nomail" });

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.RowsOf(silent.Value).Single(), Is.EqualTo((QueueStatus.Superseded, (string?)"no e-mail address")));
            Assert.That(rig.RowsOf(org.Lead.Value).Last().Status, Is.EqualTo(QueueStatus.Succeeded));
            Assert.That(rig.Store.Leads.Select(l => l.ExternalPersonId), Does.Not.Contain(silent.ToString()));
        });
    }

    [Test]
    public async Task A_lead_sharing_its_address_with_a_contact_gives_way_to_the_contact()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        var twin = rig.Save(new Entity(DataverseSchema.Lead.EntityName) { ["lastname"] = "Champion", ["emailaddress1"] = "CY@fabrikam.example" });

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.RowsOf(twin.Value).Single().Status, Is.EqualTo(QueueStatus.Superseded));
            Assert.That(rig.RowsOf(twin.Value).Single().LastError, Does.Contain("a contact has the same e-mail address"));
            Assert.That(rig.Store.Leads.Where(l => string.Equals(l.Email, "cy@fabrikam.example", StringComparison.OrdinalIgnoreCase)).Select(l => l.ExternalPersonId),
                Is.EqualTo(new[] { org.Contact.ToString() }));
        });
    }

    [Test]
    public async Task A_table_switched_off_supersedes_its_due_rows_and_pushes_nothing_of_it()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        rig.Org.Seed(new Entity(DataverseSchema.SyncSetting.EntityName)
        {
            [DataverseSchema.SyncSetting.Entity] = DataverseSchema.Opportunity.EntityName, [DataverseSchema.SyncSetting.Enabled] = false,
        });

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.RowsOf(org.Opportunity.Value).Select(r => r.Status), Is.All.EqualTo(QueueStatus.Superseded));
            Assert.That(rig.RowsOf(org.Opportunity.Value)[0].LastError, Does.Contain("opportunity"));
            Assert.That(rig.Store.Opportunities, Is.Empty);
            Assert.That(rig.Store.Companies, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task By_default_a_deleted_account_keeps_its_company_so_the_persons_Marketo_keeps_name_no_missing_company()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        // A contact deleted, then its account: the person stays in Marketo (Keep), naming the company.
        rig.Rep.Delete(DataverseSchema.Connection.EntityName, org.Connection);
        rig.Rep.Delete(DataverseSchema.Opportunity.EntityName, org.Opportunity.Value);
        rig.Rep.Delete(DataverseSchema.Contact.EntityName, org.Contact.Value);
        rig.Rep.Delete(DataverseSchema.Lead.EntityName, org.Lead.Value);
        await rig.DrainAsync();
        rig.Rep.Delete(DataverseSchema.Account.EntityName, org.Account.Value);
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.Leads.Select(l => l.ExternalPersonId), Does.Contain(org.Contact.ToString()));
            Assert.That(rig.Store.Companies.Select(c => c.ExternalCompanyId), Is.EqualTo(new[] { org.Account.ToString() }));
            Assert.That(rig.Store.DanglingReferences, Is.Empty);
            Assert.That(rig.RowsOf(org.Account.Value).Last().LastError, Does.Contain("Drain:Deletes:account is Keep"));
        });
    }

    [Test]
    public async Task With_the_Delete_policy_a_deleted_account_is_deleted_in_Marketo_and_a_deleted_contact_is_kept()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?> { ["Drain:Deletes:account"] = "Delete" });
        var org = SmallOrg.Save(rig);
        var spare = rig.Save(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Northwind" });
        await rig.DrainAsync();
        Assume.That(rig.Store.Companies, Has.Count.EqualTo(2));

        rig.Rep.Delete(DataverseSchema.Account.EntityName, spare.Value);
        rig.Rep.Delete(DataverseSchema.Connection.EntityName, org.Connection);
        rig.Rep.Delete(DataverseSchema.Contact.EntityName, org.Contact.Value);
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.Companies.Select(c => c.ExternalCompanyId), Is.EqualTo(new[] { org.Account.ToString() }));
            Assert.That(rig.Store.Leads.Select(l => l.ExternalPersonId), Does.Contain(org.Contact.ToString()));
            Assert.That(rig.Store.OpportunityRoles, Is.Empty);
            Assert.That(rig.RowsOf(org.Contact.Value).Last(), Is.EqualTo(rig.RowsOf(org.Contact.Value).Last()).And.Property("Status").EqualTo(QueueStatus.Superseded));
            Assert.That(rig.RowsOf(org.Contact.Value).Last().LastError, Does.Contain("Keep"));
        });
    }

    [Test]
    public async Task A_changed_role_is_deleted_under_its_old_name_and_created_under_the_new()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        var sponsor = rig.Rep.Create(new Entity(DataverseSchema.ConnectionRole.EntityName)
        {
            [DataverseSchema.ConnectionRole.Name] = "Sponsor",
            [DataverseSchema.ConnectionRole.Category] = new OptionSetValue(DataverseSchema.ConnectionRole.StakeholderCategory),
        });

        rig.Rep.Update(new Entity(DataverseSchema.Connection.EntityName, org.Connection)
        {
            [DataverseSchema.Connection.Record2RoleId] = new EntityReference(DataverseSchema.ConnectionRole.EntityName, sponsor),
        });
        await rig.DrainAsync();

        Assert.That(rig.Store.OpportunityRoles.Select(r => r.Role), Is.EqualTo(new[] { "Sponsor" }));
    }

    [Test]
    public async Task A_renamed_connection_role_re_keys_every_opportunity_role_that_uses_it()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        rig.Rep.Update(new Entity(DataverseSchema.ConnectionRole.EntityName, org.Role) { [DataverseSchema.ConnectionRole.Name] = "Executive Champion" });
        var reports = await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.OpportunityRoles.Select(r => r.Role), Is.EqualTo(new[] { "Executive Champion" }));
            Assert.That(rig.RowsOf(org.Role).Single().Status, Is.EqualTo(QueueStatus.Succeeded), string.Join(" | ", reports.SelectMany(r => r.Records)));
            Assert.That(rig.Statuses, Is.All.EqualTo(QueueStatus.Succeeded).Or.EqualTo(QueueStatus.Superseded));
        });
    }

    [Test]
    public async Task A_value_Marketo_cannot_take_dead_letters_its_record_and_never_holds_back_another()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        var bad = rig.Save(new Entity(DataverseSchema.Lead.EntityName)
        {
            ["lastname"] = "Broken", ["emailaddress1"] = "not an address",
            ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, org.User.Value),
        });

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.RowsOf(bad.Value).Single().Status, Is.EqualTo(QueueStatus.DeadLettered));
            Assert.That(rig.RowsOf(bad.Value).Single().LastError, Does.Contain("not an address"));
            Assert.That(rig.RowsOf(org.Lead.Value).Last().Status, Is.EqualTo(QueueStatus.Succeeded));
        });
    }

    [Test]
    public async Task A_spent_daily_quota_stops_the_pushing_and_leaves_every_row_due()
    {
        await using var rig = await DrainRig.StartAsync(marketo: m => m.DailyQuota = 3);
        SmallOrg.Save(rig);

        var report = (await rig.DrainAsync())[0];

        Assert.Multiple(() =>
        {
            Assert.That(report.Stopped, Is.EqualTo(DrainStop.QuotaExhausted), report.ToString());
            Assert.That(rig.Statuses, Has.Some.EqualTo(QueueStatus.Pending));
            Assert.That(rig.Statuses, Has.None.EqualTo(QueueStatus.DeadLettered).And.None.EqualTo(QueueStatus.RetryScheduled));
        });
    }

    [Test]
    public async Task Backfill_rows_wait_while_the_quota_reserve_is_held_and_live_rows_do_not()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?> { ["Drain:BackfillQuotaReserve"] = "0.95" });
        var org = SmallOrg.Save(rig);
        var existing = rig.Org.Seed(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Northwind" });
        var backfill = rig.Org.Seed(new Entity(DataverseSchema.SyncQueueItem.EntityName)
        {
            [DataverseSchema.SyncQueueItem.Entity] = DataverseSchema.Account.EntityName,
            [DataverseSchema.SyncQueueItem.RecordId] = existing.ToString("D"),
            [DataverseSchema.SyncQueueItem.Operation] = new OptionSetValue((int)QueueOperation.Upsert),
            [DataverseSchema.SyncQueueItem.Lane] = new OptionSetValue((int)QueueLane.Backfill),
            [DataverseSchema.SyncQueueItem.Status] = new OptionSetValue((int)QueueStatus.Pending),
        });

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.QueueRows.Single(r => r.Id == backfill).GetAttributeValue<OptionSetValue>(DataverseSchema.SyncQueueItem.Status)!.Value,
                Is.EqualTo((int)QueueStatus.Pending));
            Assert.That(rig.RowsOf(org.Lead.Value).Last().Status, Is.EqualTo(QueueStatus.Succeeded));
        });
    }
}
