using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// <c>msi_reason</c>, the short form of <c>msi_lasterror</c> a chart groups by: written by the drain with the error, in
/// the same <c>UpdateMultiple</c>, and cleared with it.
/// </summary>
public sealed class DrainReasonTests
{
    [Test]
    public async Task A_dead_lettered_row_carries_its_short_reason_written_in_the_same_UpdateMultiple_as_its_error()
    {
        await using var rig = await DrainRig.StartAsync();
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        // A Marketo lead id Marketo does not have: the update by id is skipped with 1004, a rejection.
        rig.Rep.Update(new Entity(DataverseSchema.Lead.EntityName, org.Lead.Value) { [DataverseSchema.MsiColumns.MarketoLeadId] = "987654" });
        rig.Rep.Update(new Entity(DataverseSchema.Lead.EntityName, org.Lead.Value) { ["jobtitle"] = "Buyer" });
        rig.Dataverse.Traffic.Reset();
        await rig.DrainAsync();

        var row = LatestRowOf(rig, org.Lead.Value);
        var error = row.GetAttributeValue<string>(Q.LastError)!;
        var firstSentence = error[..error.IndexOf(". ", StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            Assert.That((QueueStatus)row.GetAttributeValue<OptionSetValue>(Q.Status)!.Value, Is.EqualTo(QueueStatus.DeadLettered));
            Assert.That(row.GetAttributeValue<string>(Q.Reason), Is.EqualTo(firstSentence.Replace(org.Lead.Value.ToString("D"), "{id}", StringComparison.OrdinalIgnoreCase)));
            Assert.That(row.GetAttributeValue<string>(Q.Reason), Does.StartWith("Marketo refused the lead {id} (1004"));
            Assert.That(rig.Dataverse.Traffic.RequestsOfKind("UpdateMultiple"), Is.EqualTo(1), "the queue rows' ends, reason included, in one request");
            Assert.That(rig.Dataverse.Traffic.RequestsOfKind("Update") + rig.Dataverse.Traffic.RequestsOfKind("Upsert"), Is.Zero, "no request of its own for the reason");
        });
    }

    [Test]
    public async Task A_retry_sets_the_reason_and_the_success_that_follows_clears_it_with_the_error()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?> { ["Marketo:MaxRetryAttempts"] = "0" });
        var org = SmallOrg.Save(rig);
        await rig.DrainAsync();

        rig.Marketo.Options.Faults.ErrorRates["611"] = 1.0;
        rig.Rep.Update(new Entity(DataverseSchema.Lead.EntityName, org.Lead.Value) { ["jobtitle"] = "Buyer" });
        await rig.DrainAsync();
        var retried = LatestRowOf(rig, org.Lead.Value);
        Assert.Multiple(() =>
        {
            Assert.That((QueueStatus)retried.GetAttributeValue<OptionSetValue>(Q.Status)!.Value, Is.EqualTo(QueueStatus.RetryScheduled));
            Assert.That(retried.GetAttributeValue<string>(Q.Reason), Does.StartWith("Attempt 1 of ").And.Contain("611"));
        });

        rig.Marketo.Options.Faults.ErrorRates.Remove("611");
        rig.Rep.Update(new Entity(Q.EntityName, retried.Id) { [Q.NextAttemptOn] = DateTime.UtcNow.AddMinutes(-1) });
        await rig.DrainAsync();

        var done = LatestRowOf(rig, org.Lead.Value);
        Assert.Multiple(() =>
        {
            Assert.That((QueueStatus)done.GetAttributeValue<OptionSetValue>(Q.Status)!.Value, Is.EqualTo(QueueStatus.Succeeded));
            Assert.That(done.GetAttributeValue<string>(Q.LastError), Is.Null);
            Assert.That(done.GetAttributeValue<string>(Q.Reason), Is.Null);
        });
    }

    private static Entity LatestRowOf(DrainRig rig, Guid record) =>
        rig.QueueRows.Last(r => r.GetAttributeValue<string>(Q.RecordId) == record.ToString("D"));
}
