using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

public sealed class DrainCycleTests
{
    [Test]
    public async Task A_small_organisation_reaches_Marketo_in_one_cycle_with_every_link()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);

        var reports = await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reports[0].Stopped, Is.Null, reports[0].ToString());
            Assert.That(rig.Statuses,
                Is.All.EqualTo(QueueStatus.Succeeded).Or.EqualTo(QueueStatus.Superseded), string.Join("\n", reports[0].Records));
            Assert.That(rig.Store.SalesPersons.Select(s => s.ExternalSalesPersonId), Does.Contain(org.User.ToString()));
            Assert.That(rig.Store.Companies.Single().ExternalSalesPersonId, Is.EqualTo(org.User.ToString()));
            Assert.That(rig.Store.Leads.Select(l => (l.ExternalPersonId, l.ExternalCompanyId)),
                Is.EquivalentTo(new[] { (org.Contact.ToString(), org.Account.ToString()), (org.Lead.ToString(), org.Account.ToString()) }));
            Assert.That(rig.Store.Opportunities.Single().ExternalCompanyId, Is.EqualTo(org.Account.ToString()));
            Assert.That(rig.Store.OpportunityRoles.Single().Role, Is.EqualTo("Champion"));
            Assert.That(rig.Store.DanglingReferences, Is.Empty);
        });
    }
}
