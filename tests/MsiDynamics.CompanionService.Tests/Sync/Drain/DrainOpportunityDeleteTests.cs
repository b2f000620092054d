using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>A deleted opportunity takes its Marketo roles with it, whatever became of the connections that made them.</summary>
public sealed class DrainOpportunityDeleteTests
{
    [Test]
    public async Task Deleting_an_opportunity_deletes_its_roles_first_so_none_names_an_opportunity_Marketo_lacks()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        Assert.That(rig.Store.OpportunityRoles.Where(r => r.ExternalOpportunityId == org.Opportunity.ToString()), Is.Not.Empty);

        // The connection stays: only the opportunity's delete reaches the queue.
        rig.Rep.Delete(DataverseSchema.Opportunity.EntityName, org.Opportunity.Value);
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.Opportunities.Select(o => o.ExternalOpportunityId), Does.Not.Contain(org.Opportunity.ToString()));
            Assert.That(rig.Store.OpportunityRoles.Where(r => r.ExternalOpportunityId == org.Opportunity.ToString()), Is.Empty);
            Assert.That(rig.Store.DanglingReferences, Is.Empty);
        });
    }
}
