using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>How each row ends (architecture.md §3.7): the Marketo id kept, a transient failure retried later, a rejection dead-lettered with Marketo's words.</summary>
public sealed class DrainOutcomesTests
{
    [Test]
    public async Task A_pushed_person_keeps_its_Marketo_lead_id_in_Dynamics_and_on_its_queue_row()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);

        await rig.DrainAsync();

        var marketoId = rig.Store.Leads.Single(l => l.ExternalPersonId == org.Lead.ToString()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var row = rig.QueueRows.Last(r => r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.RecordId) == org.Lead.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(rig.Org.Find(DataverseSchema.Lead.EntityName, org.Lead.Value)!.GetAttributeValue<string>(DataverseSchema.MsiColumns.MarketoLeadId), Is.EqualTo(marketoId));
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.MarketoId), Is.EqualTo(marketoId));
        });
    }

    [Test]
    public async Task A_transient_Marketo_failure_schedules_a_retry_with_the_reason_and_a_later_attempt()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?> { ["Marketo:MaxRetryAttempts"] = "0" });
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        rig.Marketo.Options.Faults.ErrorRates["611"] = 1.0;
        rig.Rep.Update(new Entity(DataverseSchema.Lead.EntityName, org.Lead.Value) { ["jobtitle"] = "Buyer" });
        await rig.DrainAsync();

        var row = rig.QueueRows.Last(r => r.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.RecordId) == org.Lead.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(row.GetAttributeValue<OptionSetValue>(DataverseSchema.SyncQueueItem.Status)!.Value, Is.EqualTo((int)QueueStatus.RetryScheduled));
            Assert.That(row.GetAttributeValue<DateTime>(DataverseSchema.SyncQueueItem.NextAttemptOn), Is.GreaterThan(DateTime.UtcNow));
            Assert.That(row.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.LastError), Does.Contain("611"));
            Assert.That(row.GetAttributeValue<int>(DataverseSchema.SyncQueueItem.Attempts), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_record_Marketo_rejects_is_dead_lettered_with_Marketo_s_code_and_message()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        // A Marketo lead id Marketo does not have: the update by id is skipped with 1004.
        rig.Rep.Update(new Entity(DataverseSchema.Lead.EntityName, org.Lead.Value) { [DataverseSchema.MsiColumns.MarketoLeadId] = "987654" });
        rig.Rep.Update(new Entity(DataverseSchema.Lead.EntityName, org.Lead.Value) { ["jobtitle"] = "Buyer" });
        await rig.DrainAsync();

        var (status, error) = rig.RowsOf(org.Lead.Value).Last();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(QueueStatus.DeadLettered));
            Assert.That(error, Does.Contain("1004"));
        });
    }
}
