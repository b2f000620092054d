using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Operations.Backfill;
using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Operations.Backfill;

/// <summary>A backfill's rows are what the drain expects: over both emulators, with the real plug-ins and the real drain.</summary>
public sealed class BackfillDrainTests
{
    [Test]
    public async Task After_backfill_all_the_drain_sends_every_existing_record_and_the_opportunity_role_to_Marketo()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        foreach (var row in rig.QueueRows)
        {
            rig.Rep.Delete(Q.EntityName, row.Id); // the org as it was before the integration: records, no queue rows
        }

        Assume.That(rig.Store.Leads, Is.Empty);
        var results = await rig.Worker("backfill").GetRequiredService<BackfillRunner>()
            .RunAsync("all", new BackfillOptions(), new RecordingProgress(), CancellationToken.None);
        var connectionRows = rig.QueueRows.Where(r => r.GetAttributeValue<string>(Q.Entity) == DataverseSchema.Connection.EntityName).ToList();

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(results.All(r => r.Finished), Is.True);
            Assert.That(connectionRows, Has.Count.EqualTo(1), "one row for the pair's two halves");
            Assert.That(connectionRows.Single().GetAttributeValue<string>(Q.RecordId), Is.EqualTo(org.Connection.ToString("D")), "the master half, as the plug-in keys it");
            Assert.That(rig.Store.Leads.Select(l => l.ExternalPersonId), Is.SupersetOf(new[] { org.Lead.ToString(), org.Contact.ToString() }));
            Assert.That(rig.Store.Companies.Select(c => c.ExternalCompanyId), Does.Contain(org.Account.ToString()));
            Assert.That(rig.Store.SalesPersons.Select(s => s.ExternalSalesPersonId), Does.Contain(org.User.ToString()));
            Assert.That(rig.Store.Opportunities.Select(o => o.ExternalOpportunityId), Does.Contain(org.Opportunity.ToString()));
            Assert.That(rig.Store.OpportunityRoles.Select(r => (r.ExternalOpportunityId, r.Role)), Is.EqualTo(new[] { ((string?)org.Opportunity.ToString(), (string?)"Champion") }));
            Assert.That(rig.Statuses, Has.None.EqualTo(QueueStatus.Pending));
            foreach (var record in new[] { org.User, org.Account, org.Lead, org.Contact, org.Opportunity })
            {
                Assert.That(rig.RowsOf(record.Value).Select(r => r.Status), Is.EqualTo(new[] { QueueStatus.Succeeded }), record.ToString());
            }
        });
    }
}
