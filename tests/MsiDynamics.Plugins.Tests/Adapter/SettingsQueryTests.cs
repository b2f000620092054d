using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>How the <c>msi_syncsetting</c> rows an admin maintains turn into the tables that sync.</summary>
public sealed class SettingsQueryTests
{
    [TestCase(true, true)]
    [TestCase(false, false)]
    [TestCase(null, true)]
    public void A_table_syncs_unless_its_row_says_no_and_an_empty_flag_means_yes(bool? enabled, bool syncs)
    {
        var row = new Entity(DataverseSchema.SyncSetting.EntityName) { [DataverseSchema.SyncSetting.Entity] = "lead" };
        if (enabled is not null)
        {
            row[DataverseSchema.SyncSetting.Enabled] = enabled.Value;
        }

        var settings = Read(row);

        Assert.That(settings.IsEnabled("lead"), Is.EqualTo(syncs));
        Assert.That(settings.IsEnabled("contact"), Is.True, "a table without a row");
    }

    [Test]
    public void A_row_that_names_no_table_disables_nothing()
    {
        var settings = Read(
            new Entity(DataverseSchema.SyncSetting.EntityName) { [DataverseSchema.SyncSetting.Enabled] = false },
            new Entity(DataverseSchema.SyncSetting.EntityName)
            {
                [DataverseSchema.SyncSetting.Entity] = " ", [DataverseSchema.SyncSetting.Enabled] = false,
            },
            new Entity(DataverseSchema.SyncSetting.EntityName)
            {
                [DataverseSchema.SyncSetting.Entity] = "contact", [DataverseSchema.SyncSetting.Enabled] = false,
            });

        Assert.That(settings.Disabled, Is.EqualTo(new[] { "contact" }));
    }

    private static SyncSettings Read(params Entity[] rows)
    {
        var platform = new FakePlatform(new FakeExecutionContext());
        platform.SettingRows.AddRange(rows);
        return SettingsQuery.Read(platform);
    }
}
