using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Writes through the Web API run the real plug-in steps, as registered (architecture.md §3, §7; dataverse.md §0.5).</summary>
public sealed class PluginPipelineTests
{
    [Test]
    public async Task A_Web_API_update_of_a_leads_email_queues_one_row_through_the_real_plugin()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace", "ada@example.com");

        var answer = await client.PatchAsync($"leads({id})", """{"emailaddress1":"ada@analytical.example"}""", ("If-Match", "*"));

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        var queued = emulator.QueueRows().Single();
        Assert.That((queued["msi_entity"], queued["msi_recordid"]), Is.EqualTo(("lead", id.ToString("D"))));
        Assert.That(queued.GetAttributeValue<OptionSetValue>("msi_status")!.Value, Is.EqualTo(1));
    }

    [Test]
    public async Task A_Web_API_update_of_only_MSI_columns_queues_nothing()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace", "ada@example.com");

        var answer = await client.PatchAsync($"leads({id})",
            """{"msi_priority":3,"msi_relativescore":80,"msi_lastinterestingmomenttype":"Web","msi_lastinterestingmomentdate":"2026-11-23T10:00:00Z"}""",
            ("If-Match", "*"));

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        Assert.That(emulator.Row("lead", id)["msi_priority"], Is.EqualTo(3));
        Assert.That(emulator.QueueRows(), Is.Empty);
    }

    [Test]
    public async Task A_Web_API_create_of_a_contact_is_captured_and_the_queue_row_is_readable_through_the_API()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        await client.PostAsync("contacts", """{"firstname":"Grace","lastname":"Hopper","emailaddress1":"grace@example.com"}""");

        var queue = await client.GetAsync("msi_syncqueueitems?$select=msi_entity,msi_status&$filter=msi_status eq 1&$orderby=createdon");

        Assert.That(queue.Value.Select(r => r!["msi_entity"]!.GetValue<string>()), Is.EqualTo(new[] { "contact" }));
    }

    [Test]
    public async Task A_plugins_InvalidPluginExecutionException_is_400_with_its_message_and_rolls_the_write_back()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.Organization.RegisterPlugins([typeof(FailingPlugins.QueuesInPreOperation), typeof(FailingPlugins.ThrowsUserError)]);
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("opportunities", """{"name":"Big deal"}""");

        Assert.That((answer.Status, answer.ErrorCode, answer.ErrorMessage), Is.EqualTo((400, "0x80040265", "The opportunity cannot be saved.")));
        Assert.That(emulator.Organization.Rows("opportunity"), Is.Empty);
        Assert.That(emulator.QueueRows(), Is.Empty);
    }

    [Test]
    public async Task Without_registered_plugins_nothing_is_captured()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        using var client = new WebApiClient(emulator);

        await client.PostAsync("leads", """{"lastname":"Quiet","emailaddress1":"q@example.com"}""");

        Assert.That(emulator.QueueRows(), Is.Empty);
    }
}
