using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>CreateMultiple and UpsertMultiple, and the tables that refuse the bulk messages (dataverse.md §0.13).</summary>
public sealed class BulkMessageTests
{
    [Test]
    public async Task CreateMultiple_creates_every_target_in_one_request_and_answers_their_ids_in_order()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("msi_syncstates/Microsoft.Dynamics.CRM.CreateMultiple",
            Targets("msi_syncstate", new JsonObject { ["msi_name"] = "a" }, new JsonObject { ["msi_name"] = "b" }));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var ids = answer.Json["Ids"]!.AsArray().Select(i => Guid.Parse(i!.GetValue<string>())).ToList();
        Assert.That(ids.Select(id => emulator.Row("msi_syncstate", id)["msi_name"]), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(emulator.Traffic.TotalRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task CreateMultiple_runs_the_Create_steps_for_every_target()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("leads/Microsoft.Dynamics.CRM.CreateMultiple",
            Targets("lead", new JsonObject { ["lastname"] = "One" }, new JsonObject { ["lastname"] = "Two" }));

        var ids = answer.Json["Ids"]!.AsArray().Select(i => Guid.Parse(i!.GetValue<string>()));
        Assert.That(emulator.QueueRows().Select(r => Guid.Parse(r.GetAttributeValue<string>("msi_recordid")!)), Is.EquivalentTo(ids));
    }

    [Test]
    public async Task One_target_over_a_column_limit_fails_CreateMultiple_whole()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("leads/Microsoft.Dynamics.CRM.CreateMultiple",
            Targets("lead", new JsonObject { ["lastname"] = "Fine" }, new JsonObject { ["lastname"] = new string('x', 51) }));

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x80044331")));
        Assert.That(emulator.Organization.Rows("lead"), Is.Empty);
        Assert.That(emulator.QueueRows(), Is.Empty);
    }

    [Test]
    public async Task UpsertMultiple_updates_the_rows_that_exist_and_creates_the_others()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var existing = emulator.Seed("msi_syncsetting", ("msi_entity", "lead"), ("msi_enabled", true));

        var answer = await client.PostAsync("msi_syncsettings/Microsoft.Dynamics.CRM.UpsertMultiple", Targets("msi_syncsetting",
            new JsonObject { ["@odata.id"] = "msi_syncsettings(msi_entity='lead')", ["msi_enabled"] = false },
            new JsonObject { ["@odata.id"] = "msi_syncsettings(msi_entity='contact')", ["msi_enabled"] = true }));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var created = answer.Json["Results"]!.AsArray().Select(r => r!["RecordCreated"]!.GetValue<bool>());
        Assert.That(created, Is.EqualTo(new[] { false, true }));
        Assert.That(emulator.Row("msi_syncsetting", existing)["msi_enabled"], Is.EqualTo(false));
        Assert.That(emulator.Organization.Rows("msi_syncsetting").Select(r => r["msi_entity"]), Is.EquivalentTo(new[] { "lead", "contact" }));
    }

    [TestCase("systemusers", "systemuser", "CreateMultiple")]
    [TestCase("connections", "connection", "UpdateMultiple")]
    [TestCase("teams", "team", "UpsertMultiple")]
    public async Task A_table_that_lacks_bulk_support_refuses_the_message_as_the_platform_does(string set, string table, string message)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var rowsBefore = emulator.Organization.Rows(table).Count;

        var answer = await client.PostAsync($"{set}/Microsoft.Dynamics.CRM.{message}",
            Targets(table, new JsonObject { [table + "id"] = Guid.NewGuid().ToString("D") }));

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorMessage, Does.StartWith($"The '{message}' method does not support entities of type '{table}'."));
        Assert.That(emulator.Organization.Rows(table), Has.Count.EqualTo(rowsBefore));
    }

    private static string Targets(string table, params JsonObject[] targets)
    {
        foreach (var target in targets)
        {
            target.Insert(0, "@odata.type", $"Microsoft.Dynamics.CRM.{table}");
        }

        return new JsonObject { ["Targets"] = new JsonArray([.. targets]) }.ToJsonString();
    }
}
