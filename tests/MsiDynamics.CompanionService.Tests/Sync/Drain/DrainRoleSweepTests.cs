using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Operations.Backfill;
using MsiDynamics.CompanionService.Tests.Operations.Backfill;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// Marketo ends holding exactly the roles a pair's connections give, whatever order the renames, re-roles and deletes
/// reached the queue in: a queue row names a role as it was when saved, which is not always the name Marketo holds.
/// </summary>
public sealed class DrainRoleSweepTests
{
    [Test]
    public async Task A_role_renamed_and_then_taken_off_the_connection_before_the_drain_leaves_no_role_under_either_name()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        // The connection's row names the role by its new name; Marketo has it under the old one, and the rename's own
        // row finds no connection using the role any more.
        RenameThenReRole(rig, org);
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.OpportunityRoles.Select(r => r.Role), Is.EqualTo(new[] { "Sponsor" }));
            Assert.That(rig.Statuses, Is.All.EqualTo(QueueStatus.Succeeded).Or.EqualTo(QueueStatus.Superseded));
        });
    }

    [Test]
    public async Task A_connection_deleted_after_its_role_was_renamed_takes_the_role_under_its_old_name_with_it()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        rig.Rep.Update(new Entity(DataverseSchema.ConnectionRole.EntityName, org.Role) { [DataverseSchema.ConnectionRole.Name] = "Executive Champion" });
        rig.Rep.Delete(DataverseSchema.Connection.EntityName, org.Connection);
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.OpportunityRoles, Is.Empty);
            Assert.That(rig.RowsOf(org.Connection).Last().Status, Is.EqualTo(QueueStatus.Succeeded));
        });
    }

    [Test]
    public async Task Deleting_one_of_two_connections_that_give_a_pair_the_same_role_keeps_the_role()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        var twin = StakeholderRole(rig, "Champion");
        var second = rig.Rep.Create(new Entity(DataverseSchema.Connection.EntityName)
        {
            [DataverseSchema.Connection.Record1Id] = new EntityReference(DataverseSchema.Opportunity.EntityName, org.Opportunity.Value),
            [DataverseSchema.Connection.Record2Id] = new EntityReference(DataverseSchema.Contact.EntityName, org.Contact.Value),
            [DataverseSchema.Connection.Record2RoleId] = new EntityReference(DataverseSchema.ConnectionRole.EntityName, twin),
        });
        await rig.DrainAsync();

        rig.Rep.Delete(DataverseSchema.Connection.EntityName, second);
        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Store.OpportunityRoles.Select(r => r.Role), Is.EqualTo(new[] { "Champion" }));
            Assert.That(rig.RowsOf(second).Last().Status, Is.EqualTo(QueueStatus.Succeeded));
        });
    }

    [Test]
    public async Task A_backfill_after_sync_was_off_removes_the_role_a_connection_had_before_it_was_re_roled()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        var sponsor = StakeholderRole(rig, "Sponsor");

        // Re-roled while sync of connections was off: its row never reaches Marketo.
        ReRole(rig, org, sponsor);
        foreach (var row in rig.QueueRows.Where(r => r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.Entity) == DataverseSchema.Connection.EntityName))
        {
            rig.Rep.Delete(DataverseSchema.SyncQueueItem.EntityName, row.Id);
        }

        await rig.Worker("backfill").GetRequiredService<BackfillRunner>()
            .RunAsync(DataverseSchema.Connection.EntityName, new BackfillOptions(), new RecordingProgress(), CancellationToken.None);
        await rig.DrainAsync();

        Assert.That(rig.Store.OpportunityRoles.Select(r => r.Role), Is.EqualTo(new[] { "Sponsor" }));
    }

    [Test]
    public async Task A_sweep_Marketo_cannot_answer_leaves_the_change_to_retry_and_the_retry_finishes_it()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?> { ["Marketo:MaxRetryAttempts"] = "0" });
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();
        RenameThenReRole(rig, org);

        rig.Marketo.Options.Faults.ErrorRates["611"] = 1.0;
        await rig.DrainAsync(maxCycles: 1);
        var retried = rig.RowsOf(org.Connection).Last();
        rig.Marketo.Options.Faults.ErrorRates.Remove("611");
        foreach (var row in rig.QueueRows.Where(r => r.GetAttributeValue<OptionSetValue>(DataverseSchema.SyncQueueItem.Status)!.Value == (int)QueueStatus.RetryScheduled))
        {
            // What an admin's "retry now" does: the row is due again.
            rig.Rep.Update(new Entity(DataverseSchema.SyncQueueItem.EntityName, row.Id) { [DataverseSchema.SyncQueueItem.NextAttemptOn] = DateTime.UtcNow.AddMinutes(-1) });
        }

        await rig.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(retried.Status, Is.EqualTo(QueueStatus.RetryScheduled), retried.LastError);
            Assert.That(rig.Store.OpportunityRoles.Select(r => r.Role), Is.EqualTo(new[] { "Sponsor" }));
        });
    }

    /// <summary>The connection's role is renamed "Executive Champion", then the connection is given a new "Sponsor" role.</summary>
    private static void RenameThenReRole(DrainRig rig, SmallOrg org)
    {
        var sponsor = StakeholderRole(rig, "Sponsor");
        rig.Rep.Update(new Entity(DataverseSchema.ConnectionRole.EntityName, org.Role) { [DataverseSchema.ConnectionRole.Name] = "Executive Champion" });
        ReRole(rig, org, sponsor);
    }

    private static void ReRole(DrainRig rig, SmallOrg org, Guid role) =>
        rig.Rep.Update(new Entity(DataverseSchema.Connection.EntityName, org.Connection)
        {
            [DataverseSchema.Connection.Record2RoleId] = new EntityReference(DataverseSchema.ConnectionRole.EntityName, role),
        });

    private static Guid StakeholderRole(DrainRig rig, string name) => rig.Rep.Create(new Entity(DataverseSchema.ConnectionRole.EntityName)
    {
        [DataverseSchema.ConnectionRole.Name] = name,
        [DataverseSchema.ConnectionRole.Category] = new OptionSetValue(DataverseSchema.ConnectionRole.StakeholderCategory),
    });
}
