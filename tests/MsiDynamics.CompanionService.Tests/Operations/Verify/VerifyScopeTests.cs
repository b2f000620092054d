using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Service.Commands;
using MsiDynamics.Schema;
using R = MsiDynamics.CompanionService.Tests.Operations.Verify.VerifyJsonReading;

namespace MsiDynamics.CompanionService.Tests.Operations.Verify;

/// <summary>What <c>verify</c> reads: a sample of N rows per table, or every row; only the tables asked for; none that is switched off.</summary>
public sealed class VerifyScopeTests
{
    [Test]
    public async Task A_sample_checks_that_many_rows_of_each_table()
    {
        await using var rig = await VerifyRig.StartAsync();
        for (var i = 0; i < 6; i++)
        {
            rig.Drain.Save(new Entity(DataverseSchema.Lead.EntityName)
            {
                ["lastname"] = $"Prospect {i}", ["emailaddress1"] = $"prospect{i}@example.com",
                ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, rig.Org.User.Value),
            });
        }

        await rig.Drain.DrainAsync();

        var (code, json) = await rig.VerifyJsonAsync("--sample", "3", "--entity", "lead");

        Assert.That(code, Is.EqualTo(VerifyCommand.Clean));
        Assert.That(R.Types(json), Is.EqualTo(new[] { "leads" }));
        Assert.That(R.Counts(json, "leads"), Is.EqualTo((3, 0, 0)));
        Assert.That(json.GetProperty("scope").GetProperty("sample").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task Without_sample_or_all_a_sample_of_100_is_checked()
    {
        await using var rig = await VerifyRig.StartAsync();

        var (code, json) = await rig.VerifyJsonAsync();

        Assert.That(code, Is.EqualTo(VerifyCommand.Clean));
        Assert.That(json.GetProperty("scope").GetProperty("sample").GetInt32(), Is.EqualTo(100));
        Assert.That(R.Counts(json, "leads").Checked, Is.EqualTo(2));
        Assert.That(R.Counts(json, "salesPersons").Checked, Is.EqualTo(1), "the worker's application user is no sales person");
        Assert.That(R.Counts(json, "opportunityRoles").Checked, Is.EqualTo(1), "the pair's two halves are one role");
    }

    [Test]
    public async Task Entity_limits_the_check_to_those_tables_so_a_mislink_elsewhere_is_not_read()
    {
        await using var rig = await VerifyRig.StartAsync();
        await rig.Planter.RelinkLeadAsync(rig.LeadOf(rig.Org.Lead), "externalCompanyId", Guid.NewGuid().ToString("D"));

        var (code, json) = await rig.VerifyJsonAsync("--all", "--entity", "systemuser", "account");
        var (leadCode, _) = await rig.VerifyJsonAsync("--all", "--entity", "lead");

        Assert.That(code, Is.EqualTo(VerifyCommand.Clean));
        Assert.That(R.Types(json), Is.EqualTo(new[] { "salesPersons", "companies" }));
        Assert.That(json.GetProperty("scope").GetProperty("tables").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "systemuser", "account" }));
        Assert.That(leadCode, Is.EqualTo(VerifyCommand.Findings));
    }

    [Test]
    public async Task A_table_switched_off_in_the_sync_settings_is_not_checked_and_is_named()
    {
        await using var rig = await VerifyRig.StartAsync();
        rig.Drain.Rep.Create(new Entity(DataverseSchema.SyncSetting.EntityName)
        {
            [DataverseSchema.SyncSetting.Entity] = DataverseSchema.Lead.EntityName, [DataverseSchema.SyncSetting.Enabled] = false,
        });
        await rig.Planter.RelinkLeadAsync(rig.LeadOf(rig.Org.Lead), "externalCompanyId", Guid.NewGuid().ToString("D"));

        var (code, json) = await rig.VerifyJsonAsync("--all");

        Assert.That(code, Is.EqualTo(VerifyCommand.Clean));
        Assert.That(json.GetProperty("disabledTables").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "lead" }));
        Assert.That(R.Counts(json, "leads").Checked, Is.EqualTo(1), "the contact only");
    }

    [Test]
    public async Task A_lead_whose_address_a_contact_has_is_not_checked_since_the_contact_stands_for_the_person()
    {
        await using var rig = await VerifyRig.StartAsync();
        rig.Drain.Save(new Entity(DataverseSchema.Lead.EntityName) { ["lastname"] = "Champion", ["emailaddress1"] = "cy@fabrikam.example" });
        rig.Drain.Save(new Entity(DataverseSchema.Lead.EntityName) { ["lastname"] = "No address" });
        await rig.Drain.DrainAsync();

        var (code, json) = await rig.VerifyJsonAsync("--all", "--entity", "lead");

        Assert.That(code, Is.EqualTo(VerifyCommand.Clean));
        var leads = json.GetProperty("types")[0];
        Assert.That((leads.GetProperty("checked").GetInt32(), leads.GetProperty("skipped").GetInt32()), Is.EqualTo((1, 2)));
    }
}
