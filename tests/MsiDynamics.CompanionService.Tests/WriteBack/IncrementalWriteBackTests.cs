using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>
/// The incremental cycle over both emulators with the real plug-ins (architecture.md §3.5): Marketo's activity stream names
/// the persons to refresh, and only what differs is written.
/// </summary>
public sealed class IncrementalWriteBackTests
{
    [Test]
    public async Task An_interesting_moment_reaches_the_Dynamics_lead_and_contact_within_one_cycle()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig);
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, "Web", "Visited the pricing page", "Web page");
        rig.Marketo.RecordInterestingMoment(scene.ContactMarketoId, "Email", "Opened the renewal offer", "Email");

        var report = await scene.Cycle.RunOnceAsync(full: false);

        var marketoLead = rig.Store.FindLead(scene.LeadMarketoId)!;
        var marketoContact = rig.Store.FindLead(scene.ContactMarketoId)!;
        Assert.Multiple(() =>
        {
            Assert.That(report.ReconcileReason, Is.Null, "found by the activity stream, not by a reconcile");
            Assert.That((report.PersonsChanged, report.RowsWritten), Is.EqualTo((2, 2)));
            Assert.That(scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc), Is.EqualTo("Visited the pricing page"));
            Assert.That(scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentType), Is.EqualTo("Web"));
            Assert.That(scene.Lead.GetAttributeValue<int?>(DataverseSchema.MsiColumns.Priority), Is.EqualTo(marketoLead.Priority));
            Assert.That(scene.Lead.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeScore), Is.EqualTo(marketoLead.RelativeScore));
            Assert.That(scene.Lead.GetAttributeValue<DateTime?>(DataverseSchema.MsiColumns.LastInterestingMomentDate),
                Is.EqualTo(marketoLead.MsiLastInterestingMomentDate!.Value.UtcDateTime).Within(TimeSpan.FromSeconds(1)));
            Assert.That(scene.Contact.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentSource), Is.EqualTo("Email"));
            Assert.That(scene.Contact.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeUrgency), Is.EqualTo(marketoContact.RelativeUrgency));
        });
    }

    [Test]
    public async Task A_score_change_activity_writes_only_the_changed_column()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig);
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, "Web", "Visited the pricing page", "Web page");
        await scene.Cycle.RunOnceAsync(full: false);
        var score = rig.Store.FindLead(scene.LeadMarketoId)!.RelativeScore!.Value;

        rig.Marketo.RecordMsiScoreChange(scene.LeadMarketoId, priority: null, relativeUrgency: null, relativeScore: score + 7);
        var report = await scene.Cycle.RunOnceAsync(full: false);

        Assert.Multiple(() =>
        {
            Assert.That((report.RowsWritten, report.ColumnsWritten), Is.EqualTo((1, 1)));
            Assert.That(scene.Lead.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeScore), Is.EqualTo(score + 7));
        });
    }

    [Test]
    public async Task An_unchanged_value_is_not_written()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig);
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, "Web", "Visited the pricing page", "Web page");
        await scene.Cycle.RunOnceAsync(full: false);
        var modified = scene.Lead.GetAttributeValue<DateTime>("modifiedon");
        var version = scene.Lead.GetAttributeValue<long>("versionnumber");

        var report = await scene.Cycle.RunOnceAsync(full: true);

        Assert.Multiple(() =>
        {
            Assert.That(report.ReconciledPersons, Is.EqualTo(2), "the reconcile read both persons");
            Assert.That((report.RowsWritten, report.RowsUnchanged), Is.EqualTo((0, 2)));
            Assert.That(scene.Lead.GetAttributeValue<long>("versionnumber"), Is.EqualTo(version));
            Assert.That(scene.Lead.GetAttributeValue<DateTime>("modifiedon"), Is.EqualTo(modified));
        });
    }

    [Test]
    public async Task A_description_longer_than_its_column_is_cut_to_fit_and_not_written_again()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig);
        var description = string.Concat(Enumerable.Repeat("Read the whole whitepaper on renewals. ", 100));
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, new string('T', 400), description, "Web page");

        var first = await scene.Cycle.RunOnceAsync(full: false);
        var again = await scene.Cycle.RunOnceAsync(full: true);

        var written = scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc)!;
        Assert.Multiple(() =>
        {
            Assert.That(description, Has.Length.GreaterThan(2000));
            Assert.That((first.RowsWritten, first.Failures.Count), Is.EqualTo((1, 0)));
            Assert.That(written, Has.Length.LessThanOrEqualTo(2000).And.StartsWith("Read the whole whitepaper").And.EndsWith("…"));
            Assert.That(scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentType), Has.Length.LessThanOrEqualTo(255));
            Assert.That(again.RowsWritten, Is.Zero, "the cut value is what the row holds, so it is not written again");
        });
    }

    [Test]
    public async Task The_write_back_never_creates_queue_rows()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig);
        var before = rig.QueueRows.Count;
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, "Web", "Visited the pricing page", "Web page");
        rig.Marketo.RecordMsiScoreChange(scene.ContactMarketoId, 40, 50, 60);

        var report = await scene.Cycle.RunOnceAsync(full: true);

        Assert.Multiple(() =>
        {
            Assert.That(report.RowsWritten, Is.EqualTo(2));
            Assert.That(rig.QueueRows, Has.Count.EqualTo(before));
        });
    }

    [Test]
    public async Task A_value_Marketo_sends_that_cannot_be_read_fails_only_its_own_person()
    {
        await using var rig = await DrainRig.StartAsync();
        await WriteBackScene.SyncAsync(rig);
        var bad = WriteBackScene.SeedPerson(rig, "bad@example.com", new Dictionary<string, string?> { ["msiLastInterestingMomentDate"] = "last Tuesday", ["priority"] = "30" });
        var good = WriteBackScene.SeedPerson(rig, "good@example.com", new Dictionary<string, string?> { ["priority"] = "70" });

        var report = await rig.Get<CompanionService.WriteBack.WriteBackCycle>().RunOnceAsync(full: true);

        Assert.Multiple(() =>
        {
            Assert.That(report.Failures, Has.Count.EqualTo(1));
            Assert.That(report.Failures[0], Does.Contain(bad.Contact.ToString("D")).And.Contain("last Tuesday"));
            Assert.That(rig.Org.Find(DataverseSchema.Contact.EntityName, good.Contact)!.GetAttributeValue<int?>(DataverseSchema.MsiColumns.Priority), Is.EqualTo(70));
            Assert.That(rig.Org.Find(DataverseSchema.Contact.EntityName, bad.Contact)!.GetAttributeValue<int?>(DataverseSchema.MsiColumns.Priority), Is.Null);
        });
    }

    [Test]
    public async Task An_idle_cycle_costs_one_Marketo_call_and_two_Dataverse_reads()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig);
        await scene.Cycle.RunOnceAsync(full: false); // resolves the activity types, once per process

        var idle = await scene.Cycle.RunOnceAsync(full: false);

        Assert.That((idle.MarketoCalls, idle.DataverseRequests, idle.RowsWritten), Is.EqualTo((1L, 2L, 0)));
    }
}
