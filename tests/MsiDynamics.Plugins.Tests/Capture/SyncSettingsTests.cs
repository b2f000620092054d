using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Tests.Capture;

public sealed class SyncSettingsTests
{
    [TestCase("lead", true)]
    [TestCase("contact", false)]
    [TestCase("CONTACT", false)]
    [TestCase("connection", false)]
    [TestCase("connectionrole", false)]
    [TestCase("account", true)]
    public void A_table_is_enabled_unless_its_row_says_otherwise(string entity, bool enabled)
    {
        var settings = new SyncSettings(new[]
        {
            new KeyValuePair<string, bool>("lead", true),
            new KeyValuePair<string, bool>("Contact ", false),
            new KeyValuePair<string, bool>("connection", false),
        });

        Assert.That(settings.IsEnabled(entity), Is.EqualTo(enabled));
    }

    [TestCase("systemuser")]
    [TestCase("connectionrole")]
    public void An_organisation_without_rows_syncs_every_table(string entity) =>
        Assert.That(SyncSettings.AllEnabled.IsEnabled(entity), Is.True);

    [TestCase("lead", "lead")]
    [TestCase("contact", "contact")]
    [TestCase("connectionrole", "connection")]
    [TestCase("connection", "connection")]
    public void A_table_whose_setting_is_disabled_enqueues_nothing(string entity, string disabledSetting)
    {
        var target = Change.Columns(("name", "new"), ("firstname", "Ann"));
        var postImage = Change.Connection(Change.Opportunity, Change.Contact, role2: Change.Role("Champion"));
        var message = entity == "connection" ? "Create" : "Update";

        Assert.That(Change.Decide(message, entity, target, Change.Columns(), postImage), Is.Not.Null, "enabled");
        Assert.That(
            Change.Decide(message, entity, target, Change.Columns(), postImage, settings: Change.Disabled(disabledSetting)),
            Is.Null,
            "disabled");
    }

    [Test]
    public void A_setting_of_another_table_leaves_this_one_enabled() =>
        Assert.That(
            Change.Decide("Create", "lead", settings: Change.Disabled("contact")), Is.Not.Null);
}
