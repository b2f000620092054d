using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>The bulk UpdateMultiple action the worker completes queue rows with (dataverse.md §6; architecture.md §3).</summary>
public sealed class UpdateMultipleTests
{
    [Test]
    public async Task UpdateMultiple_of_1000_rows_is_one_request_and_changes_every_row()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var ids = Enumerable.Range(0, 1000).Select(i => emulator.Seed("msi_syncqueueitem", ("msi_name", $"row {i}"), ("msi_status", new OptionSetValue(2)))).ToList();

        var answer = await client.PostAsync("msi_syncqueueitems/Microsoft.Dynamics.CRM.UpdateMultiple", Targets(ids, "msi_status", 3));

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        Assert.That(emulator.Traffic.TotalRequests, Is.EqualTo(1));
        Assert.That(emulator.QueueRows().Select(r => r.GetAttributeValue<OptionSetValue>("msi_status")!.Value), Is.All.EqualTo(3));
    }

    [Test]
    public async Task One_bad_target_rolls_back_every_target_and_is_the_answer()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var ids = Enumerable.Range(0, 5).Select(i => emulator.Seed("msi_syncqueueitem", ("msi_status", new OptionSetValue(2)))).ToList();
        var missing = Guid.NewGuid();

        var answer = await client.PostAsync("msi_syncqueueitems/Microsoft.Dynamics.CRM.UpdateMultiple", Targets([.. ids, missing], "msi_status", 3));

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((404, "0x80040217")));
        Assert.That(answer.ErrorMessage, Does.Contain(missing.ToString("D")));
        Assert.That(emulator.QueueRows().Select(r => r.GetAttributeValue<OptionSetValue>("msi_status")!.Value), Is.All.EqualTo(2));
    }

    [Test]
    public async Task A_target_without_odata_type_is_400()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.Seed("msi_syncqueueitem", ("msi_status", new OptionSetValue(2)));

        var answer = await client.PostAsync("msi_syncqueueitems/Microsoft.Dynamics.CRM.UpdateMultiple",
            $$"""{"Targets":[{"msi_syncqueueitemid":"{{id}}","msi_status":3}]}""");

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorMessage, Does.Contain("@odata.type"));
    }

    [Test]
    public async Task A_target_of_another_table_is_400()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");

        var answer = await client.PostAsync("msi_syncqueueitems/Microsoft.Dynamics.CRM.UpdateMultiple",
            $$"""{"Targets":[{"@odata.type":"Microsoft.Dynamics.CRM.lead","leadid":"{{id}}","jobtitle":"x"}]}""");

        Assert.That(answer.Status, Is.EqualTo(400));
    }

    [Test]
    public async Task Each_target_runs_the_Update_pipeline_so_lead_changes_are_captured()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var ids = Enumerable.Range(0, 3).Select(i => emulator.SeedLead($"Lead {i}", "Bulk")).ToList();
        var targets = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject
        {
            ["@odata.type"] = "Microsoft.Dynamics.CRM.lead",
            ["leadid"] = id.ToString("D"),
            ["emailaddress1"] = $"{id:N}@example.com",
        })]);

        await client.PostAsync("leads/Microsoft.Dynamics.CRM.UpdateMultiple", new JsonObject { ["Targets"] = targets }.ToJsonString());

        Assert.That(emulator.QueueRows().Select(r => Guid.Parse(r.GetAttributeValue<string>("msi_recordid")!)), Is.EquivalentTo(ids));
    }

    private static string Targets(IEnumerable<Guid> ids, string column, int value) =>
        new JsonObject
        {
            ["Targets"] = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject
            {
                ["@odata.type"] = "Microsoft.Dynamics.CRM.msi_syncqueueitem",
                ["msi_syncqueueitemid"] = id.ToString("D"),
                [column] = value,
            })]),
        }.ToJsonString();
}
