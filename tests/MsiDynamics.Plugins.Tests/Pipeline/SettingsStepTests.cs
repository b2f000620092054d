using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;
using static MsiDynamics.Plugins.Tests.Pipeline.CaptureBehaviourTests;

namespace MsiDynamics.Plugins.Tests.Pipeline;

/// <summary>
/// The sync settings as the steps read them through the emulated pipeline: cached for a minute, and after a failed
/// read a stale copy serves for a minute more (dataverse.md §0.8, §0.9).
/// </summary>
public sealed class SettingsStepTests
{
    [Test]
    public void Re_enabling_a_table_takes_effect_only_when_the_cached_settings_expire()
    {
        var org = new CaptureOrganization();
        org.SetSync("contact", enabled: false);
        RecordStepTests.Act(org, "contact", "Create");

        org.SetSync("contact", enabled: true);
        org.Clock.Advance(TimeSpan.FromSeconds(59));
        RecordStepTests.Act(org, "contact", "Create");
        var withinLifetime = org.Queue.Count;
        org.Clock.Advance(TimeSpan.FromSeconds(1));
        RecordStepTests.Act(org, "contact", "Create");

        Assert.That((withinLifetime, org.Queue.Count), Is.EqualTo((0, 1)));
    }

    [Test]
    public void A_save_whose_settings_cannot_be_read_fails_with_the_clear_message_and_rolls_back_with_nothing_queued()
    {
        var org = new CaptureOrganization();
        org.Org.InjectFault("RetrieveMultiple", DataverseSchema.SyncSetting.EntityName, SqlTimeout());

        var save = () => org.User.Create(new Entity("lead") { ["lastname"] = "Lost" });

        Assert.That(save, Throws.TypeOf<InvalidPluginExecutionException>()
            .With.Message.StartsWith("MsiDynamics could not read its sync settings (table msi_syncsetting)"));
        Assert.That(org.Org.Rows("lead").Where(r => (string?)r["lastname"] == "Lost"), Is.Empty);
        Assert.That(org.Queue, Is.Empty);
        Assert.That(org.Org.Traces, Has.Some.Contains("msi capture: settings read failed, save stopped: PlatformFaultException"));
    }

    [Test]
    public void A_settings_table_that_becomes_unreadable_fails_saves_from_the_moment_the_cache_expires()
    {
        var org = new CaptureOrganization();
        RecordStepTests.Act(org, "contact", "Create");
        org.Org.InjectFault("RetrieveMultiple", DataverseSchema.SyncSetting.EntityName, SqlTimeout());

        org.Clock.Advance(TimeSpan.FromSeconds(59));
        RecordStepTests.Act(org, "contact", "Create");
        org.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That(() => RecordStepTests.Act(org, "contact", "Create"), Throws.TypeOf<InvalidPluginExecutionException>());
        Assert.That(org.Queue, Has.Count.EqualTo(2), "the saves within the lifetime used the cached settings");
    }

    [Test]
    public void After_one_save_fails_on_an_unreadable_settings_table_the_next_minute_of_saves_uses_the_stale_copy()
    {
        var org = new CaptureOrganization();
        RecordStepTests.Act(org, "contact", "Create");
        org.Org.InjectFault("RetrieveMultiple", DataverseSchema.SyncSetting.EntityName, SqlTimeout());
        org.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.That(() => RecordStepTests.Act(org, "contact", "Create"), Throws.TypeOf<InvalidPluginExecutionException>());

        org.Clock.Advance(TimeSpan.FromSeconds(59));
        RecordStepTests.Act(org, "lead", "Create");
        org.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That(() => RecordStepTests.Act(org, "lead", "Create"), Throws.TypeOf<InvalidPluginExecutionException>());
        Assert.That(org.Queue.Select(r => r["msi_entity"]), Is.EqualTo(new[] { "contact", "lead" }));
    }
}
