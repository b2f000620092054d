using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>A merged-away account stays a Marketo company: the merge re-parents contacts and opportunities, not leads.</summary>
public sealed class DrainMergeTests
{
    [Test]
    public async Task A_merged_away_account_stays_a_company_for_the_leads_that_still_name_it()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        var master = rig.Save(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Fabrikam Holdings" });
        await rig.DrainAsync();

        rig.Rep.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference(DataverseSchema.Account.EntityName, master.Value),
            ["SubordinateId"] = org.Account.Value,
            ["UpdateContent"] = new Entity(DataverseSchema.Account.EntityName),
            ["PerformParentingChecks"] = false,
        });
        await rig.DrainAsync();

        var (status, reason) = rig.RowsOf(org.Account.Value).Last();
        var lead = rig.Store.Leads.Single(l => l.ExternalPersonId == org.Lead.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(QueueStatus.Succeeded), reason);
            Assert.That(rig.Store.Companies.Select(c => c.ExternalCompanyId), Does.Contain(org.Account.ToString()));
            Assert.That(lead.ExternalCompanyId, Is.EqualTo(org.Account.ToString()), "the lead still names the merged-away account");
            Assert.That(rig.Store.DanglingReferences, Is.Empty);
        });
    }
}
