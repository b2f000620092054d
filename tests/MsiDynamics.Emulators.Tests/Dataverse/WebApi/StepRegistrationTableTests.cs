using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// The registration of the plug-in steps, the application user's roles and the solution, read as in Dataverse
/// (sdkmessageprocessingstep, sdkmessagefilter, role through systemuserroles_association, solution); a Disabled or
/// deleted step row stops the step, as it does on the platform.
/// </summary>
public sealed class StepRegistrationTableTests
{
    private const string LeadCreateStep = "bd3b35d1-9080-4116-a9f2-5ab324b64d88";

    [Test]
    public async Task A_registered_step_is_an_enabled_sdkmessageprocessingstep_row_with_its_message_and_filter()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var step = await client.GetAsync($"sdkmessageprocessingsteps({LeadCreateStep})?$select=name,stage,mode,statecode,statuscode,_sdkmessageid_value,_sdkmessagefilterid_value");
        var message = await client.GetAsync($"sdkmessages({step.Json["_sdkmessageid_value"]!.GetValue<string>()})?$select=name");
        var filter = await client.GetAsync($"sdkmessagefilters({step.Json["_sdkmessagefilterid_value"]!.GetValue<string>()})?$select=primaryobjecttypecode,iscustomprocessingstepallowed");

        Assert.That(step.Status, Is.EqualTo(200), step.Body);
        Assert.That(
            (step.Json["name"]!.GetValue<string>(), step.Json["stage"]!.GetValue<int>(), step.Json["mode"]!.GetValue<int>(),
                step.Json["statecode"]!.GetValue<int>(), step.Json["statuscode"]!.GetValue<int>()),
            Is.EqualTo(("MsiDynamics: Create of lead", 40, 0, 0, 1)));
        Assert.That(message.Json["name"]!.GetValue<string>(), Is.EqualTo("Create"));
        Assert.That(
            (filter.Json["primaryobjecttypecode"]!.GetValue<string>(), filter.Json["iscustomprocessingstepallowed"]!.GetValue<bool>()),
            Is.EqualTo(("lead", true)));
    }

    [Test]
    public async Task A_step_disabled_through_the_Web_API_no_longer_runs()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var disabled = await client.PatchAsync($"sdkmessageprocessingsteps({LeadCreateStep})", """{"statecode":1,"statuscode":2}""", ("If-Match", "*"));
        var created = await client.PostAsync("leads", """{"lastname":"Lovelace","emailaddress1":"ada@example.com"}""");

        Assert.That(disabled.Status, Is.EqualTo(204), disabled.Body);
        Assert.That(created.Status, Is.EqualTo(204), created.Body);
        Assert.That(emulator.QueueRows(), Is.Empty);
    }

    [Test]
    public async Task A_step_enabled_again_runs_again()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        await client.PatchAsync($"sdkmessageprocessingsteps({LeadCreateStep})", """{"statecode":1,"statuscode":2}""", ("If-Match", "*"));

        await client.PatchAsync($"sdkmessageprocessingsteps({LeadCreateStep})", """{"statecode":0,"statuscode":1}""", ("If-Match", "*"));
        await client.PostAsync("leads", """{"lastname":"Lovelace","emailaddress1":"ada@example.com"}""");

        Assert.That(emulator.QueueRows(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_deleted_step_row_unregisters_the_step()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var deleted = await client.DeleteAsync($"sdkmessageprocessingsteps({LeadCreateStep})");
        await client.PostAsync("leads", """{"lastname":"Lovelace","emailaddress1":"ada@example.com"}""");

        Assert.That(deleted.Status, Is.EqualTo(204), deleted.Body);
        Assert.That(emulator.QueueRows(), Is.Empty);
    }

    [Test]
    public async Task The_application_user_holds_the_integration_role_and_the_solution_is_installed()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var whoAmI = await client.GetAsync("WhoAmI");
        var user = whoAmI.Json["UserId"]!.GetValue<string>();
        var roles = await client.GetAsync($"systemusers({user})/systemuserroles_association?$select=name");
        var solution = await client.GetAsync("solutions?$select=uniquename,version&$filter=uniquename eq 'MsiDynamics'");
        var application = await client.GetAsync($"systemusers({user})?$select=applicationid");

        Assert.That(roles.Status, Is.EqualTo(200), roles.Body);
        Assert.That(roles.Value.Select(r => r!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "MSI Sync Integration" }));
        Assert.That(solution.Value.Single()!["version"]!.GetValue<string>(), Is.EqualTo("1.0.0.0"));
        Assert.That(application.Json["applicationid"]!.GetValue<string>(), Is.Not.Null.And.Not.EqualTo(Guid.Empty.ToString()));
    }

    [Test]
    public async Task A_table_and_a_column_left_out_are_unknown_to_the_table_definitions()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { AbsentSchema = ["msi_syncstate", "lead.msi_priority"] });
        using var client = new WebApiClient(emulator);

        var table = await client.GetAsync("EntityDefinitions(LogicalName='msi_syncstate')/Attributes?$select=LogicalName");
        var lead = await client.GetAsync("EntityDefinitions(LogicalName='lead')/Attributes?$select=LogicalName");
        var queue = await client.GetAsync("EntityDefinitions(LogicalName='msi_syncqueueitem')/Attributes?$select=LogicalName");

        Assert.That(table.Status, Is.EqualTo(404), table.Body);
        Assert.That(lead.Value.Select(c => c!["LogicalName"]!.GetValue<string>()), Does.Not.Contain("msi_priority").And.Contain("msi_relativescore"));
        Assert.That(queue.Status, Is.EqualTo(200), queue.Body);
    }
}
