namespace MsiDynamics.Plugins.Tests.Registration;

/// <summary>
/// The registration attribute as spkl reads it: text fields are never null (spkl strips spaces from them), and a
/// step runs on the server, not in the offline client.
/// </summary>
public sealed class CrmPluginRegistrationAttributeTests
{
    [Test]
    public void A_step_runs_on_the_server_and_not_offline()
    {
        var step = new CrmPluginRegistrationAttribute(
            "Update", "lead", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "step", 1, IsolationModeEnum.Sandbox);

        Assert.That((step.Server, step.Offline), Is.EqualTo((true, false)));
    }

    [Test]
    public void A_custom_API_registration_has_empty_not_null_step_fields()
    {
        var api = new CrmPluginRegistrationAttribute("msi_ping");

        Assert.That(api.Message, Is.EqualTo("msi_ping"));
        Assert.That(
            new[] { api.EntityLogicalName, api.FilteringAttributes, api.Name },
            Is.EqualTo(new[] { string.Empty, string.Empty, string.Empty }));
    }

    [Test]
    public void A_workflow_activity_registration_has_empty_not_null_step_fields()
    {
        var activity = new CrmPluginRegistrationAttribute("Ping", "Ping activity", "Answers", "MSI", IsolationModeEnum.Sandbox);

        Assert.That(
            new[] { activity.Message, activity.EntityLogicalName, activity.FilteringAttributes },
            Is.EqualTo(new[] { string.Empty, string.Empty, string.Empty }));
        Assert.That(
            (activity.Name, activity.FriendlyName, activity.Description, activity.GroupName),
            Is.EqualTo(("Ping", "Ping activity", "Answers", "MSI")));
    }
}
