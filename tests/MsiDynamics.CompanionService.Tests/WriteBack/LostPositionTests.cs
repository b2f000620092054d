using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>
/// A lost activity position (a paging token lapses 14 days after it was issued; docs/writeback.md) falls back to a full
/// reconcile, which also finds what changed without an activity, and the report says so in words.
/// </summary>
public sealed class LostPositionTests
{
    [Test]
    public async Task A_paging_token_Marketo_refuses_falls_back_to_a_reconcile_and_says_so()
    {
        var marketoClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = await DrainRig.StartAsync(marketo: o => o.TimeProvider = marketoClock);
        var scene = await WriteBackScene.SyncAsync(rig);
        marketoClock.Advance(TimeSpan.FromDays(15));
        rig.Marketo.SetMsiScores(scene.LeadMarketoId, priority: 80, relativeUrgency: 60, relativeScore: 90); // no activity

        var report = await scene.Cycle.RunOnceAsync(full: false);

        Assert.Multiple(() =>
        {
            Assert.That(report.PositionLost, Is.True);
            Assert.That(report.ReconcileReason, Does.Contain("Marketo refused the stored activity position").And.Contain("full reconcile"));
            Assert.That(report.Reconcile, Does.StartWith("reconcile completed"));
            Assert.That(scene.Lead.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeScore), Is.EqualTo(90));
        });

        rig.Marketo.RecordInterestingMoment(scene.ContactMarketoId, "Web", "Came back", "Web page");
        var next = await scene.Cycle.RunOnceAsync(full: false);
        Assert.That((next.PositionLost, next.PersonsChanged, next.RowsWritten), Is.EqualTo((false, 1, 1)), "the fresh position is used from then on");
    }

    [Test]
    public async Task A_position_older_than_14_days_is_not_sent_and_a_reconcile_runs_instead()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig, firstCycle: false);
        var workerClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var worker = rig.Worker("writeback-worker", workerClock);
        await worker.GetRequiredService<WriteBackCycle>().RunOnceAsync(full: false);
        workerClock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        rig.Marketo.SetMsiScores(scene.ContactMarketoId, priority: 11, relativeUrgency: 22, relativeScore: 33);

        var report = await worker.GetRequiredService<WriteBackCycle>().RunOnceAsync(full: false);

        Assert.Multiple(() =>
        {
            Assert.That(report.PositionLost, Is.True);
            Assert.That(report.ReconcileReason, Does.Contain("more than 14 days ago"));
            Assert.That(scene.Contact.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeScore), Is.EqualTo(33));
        });
    }

    [Test]
    public async Task The_first_cycle_reconciles_every_synced_person_and_says_why()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig, firstCycle: false);
        rig.Marketo.SetMsiScores(scene.LeadMarketoId, 5, 6, 7);

        var report = await scene.Cycle.RunOnceAsync(full: false);

        Assert.Multiple(() =>
        {
            Assert.That(report.PositionLost, Is.False, "nothing was lost: there was no position yet");
            Assert.That(report.ReconcileReason, Does.Contain("first run"));
            Assert.That(report.ReconciledPersons, Is.EqualTo(2));
            Assert.That(scene.Lead.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeUrgency), Is.EqualTo(6));
        });
    }
}
