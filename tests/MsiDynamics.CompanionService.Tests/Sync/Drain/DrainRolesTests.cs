using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>Which connections are opportunity roles in Marketo (dataverse.md §0.4, §3.3), over both emulators.</summary>
public sealed class DrainRolesTests
{
    [Test]
    public async Task A_connection_whose_role_is_not_a_stakeholder_role_is_no_opportunity_role()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        var salesTeam = rig.Rep.Create(new Entity(DataverseSchema.ConnectionRole.EntityName)
        {
            [DataverseSchema.ConnectionRole.Name] = "Technical Advisor", [DataverseSchema.ConnectionRole.Category] = new OptionSetValue(4),
        });
        rig.Rep.Create(new Entity(DataverseSchema.Connection.EntityName)
        {
            [DataverseSchema.Connection.Record1Id] = new EntityReference(DataverseSchema.Opportunity.EntityName, org.Opportunity.Value),
            [DataverseSchema.Connection.Record2Id] = new EntityReference(DataverseSchema.Contact.EntityName, org.Contact.Value),
            [DataverseSchema.Connection.Record2RoleId] = new EntityReference(DataverseSchema.ConnectionRole.EntityName, salesTeam),
        });

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.OpportunityRoles.Select(r => r.Role), Is.EqualTo(new[] { "Champion" }));
            Assert.That(rig.Statuses, Has.None.EqualTo(QueueStatus.DeadLettered).And.None.EqualTo(QueueStatus.Pending));
        });
    }

    [Test]
    public async Task A_deactivated_connection_removes_its_opportunity_role()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        Assume.That(rig.Store.OpportunityRoles, Has.Count.EqualTo(1));

        rig.Rep.Update(new Entity(DataverseSchema.Connection.EntityName, org.Connection) { ["statecode"] = new OptionSetValue(1) });
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.OpportunityRoles, Is.Empty);
            Assert.That(rig.Statuses, Has.None.EqualTo(QueueStatus.DeadLettered).And.None.EqualTo(QueueStatus.Pending));
        });
    }
}
