using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>Marketo's daily quota counts calls: while more rows are due than a cycle reads, no call goes out part-full.</summary>
public sealed class DrainFullCallsTests
{
    [Test]
    public async Task A_partial_call_waits_for_the_next_cycle_while_more_rows_are_due_and_goes_out_when_none_are()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Drain:RowsPerCycle"] = "10",
            ["Marketo:BatchSize"] = "3",
        });
        var owner = rig.Org.Seed(new Entity(DataverseSchema.SystemUser.EntityName) { ["lastname"] = "Seller", ["internalemailaddress"] = "seller@contoso.example" });
        for (var i = 0; i < 11; i++)
        {
            rig.Save(new Entity(DataverseSchema.Account.EntityName)
            {
                ["name"] = $"Account {i}", ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, owner),
            });
        }

        var reports = await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reports[0].Records.Count(r => r.End == QueueStatus.Succeeded), Is.EqualTo(9), "three full calls");
            Assert.That(reports[0].Records.Where(r => r.End == QueueStatus.Pending).Select(r => r.Reason), Is.EqualTo(new[] { CyclePushes.Held }));
            Assert.That(reports[1].Records.Count(r => r.End == QueueStatus.Succeeded), Is.EqualTo(2), "the held one and the last, once no more are due");
            Assert.That(rig.Store.Companies, Has.Count.EqualTo(11));
            Assert.That(rig.Statuses, Is.All.EqualTo(QueueStatus.Succeeded));
        });
    }
}
