using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>
/// Where the values go (<c>WriteBack:Columns</c>) and which Marketo names they come from (marketo.md D8). The emulator's
/// lead and contact have no <c>mkt_*</c> columns (Marketo's own solution is not installed there), so the option is shown
/// with other columns the plug-ins do not capture.
/// </summary>
public sealed class TargetColumnsTests
{
    [Test]
    public async Task Target_columns_can_be_pointed_at_other_columns_of_the_lead_and_contact()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?>
        {
            ["WriteBack:Columns:LastInterestingMomentType"] = "address1_line1",
            ["WriteBack:Columns:LastInterestingMomentDesc"] = "description",
            ["WriteBack:Columns:Priority"] = "",
        });
        var scene = await WriteBackScene.SyncAsync(rig);
        var queued = rig.QueueRows.Count;
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, "Web", "Visited the pricing page", "Web page");

        await scene.Cycle.RunOnceAsync(full: false);

        Assert.Multiple(() =>
        {
            Assert.That(scene.Lead.GetAttributeValue<string>("address1_line1"), Is.EqualTo("Web"));
            Assert.That(scene.Lead.GetAttributeValue<string>("description"), Is.EqualTo("Visited the pricing page"));
            Assert.That(scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentType), Is.Null);
            Assert.That(scene.Lead.GetAttributeValue<int?>(DataverseSchema.MsiColumns.Priority), Is.Null, "an empty target leaves the value unwritten");
            Assert.That(scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentSource), Is.EqualTo("Web page"));
            Assert.That(rig.QueueRows, Has.Count.EqualTo(queued));
        });
    }

    [Test]
    public async Task A_relative_score_under_the_MSI_docs_name_relativeScoring_is_written()
    {
        await using var rig = await DrainRig.StartAsync(marketo: o => o.CustomLeadFields.Add("relativeScoring"));
        await WriteBackScene.SyncAsync(rig);
        var person = WriteBackScene.SeedPerson(rig, "scoring@example.com", new Dictionary<string, string?> { ["relativeScoring"] = "42" });

        await rig.Get<WriteBackCycle>().RunOnceAsync(full: true);

        Assert.That(rig.Org.Find(DataverseSchema.Contact.EntityName, person.Contact)!.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeScore), Is.EqualTo(42));
    }

    [Test]
    public async Task An_instance_that_refuses_relativeScoring_still_gives_the_relative_score()
    {
        await using var rig = await DrainRig.StartAsync(marketo: o => o.UnknownQueryField = MarketoUnknownFieldAnswer.Refuse1006);
        await WriteBackScene.SyncAsync(rig);
        var person = WriteBackScene.SeedPerson(rig, "score@example.com", new Dictionary<string, string?> { ["relativeScore"] = "17" });

        var report = await rig.Get<WriteBackCycle>().RunOnceAsync(full: true);

        Assert.Multiple(() =>
        {
            Assert.That(report.Stopped, Is.Null);
            Assert.That(rig.Org.Find(DataverseSchema.Contact.EntityName, person.Contact)!.GetAttributeValue<int?>(DataverseSchema.MsiColumns.RelativeScore), Is.EqualTo(17));
        });
    }
}
