using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// Both of Dataverse's costs (dataverse.md §0.12): service protection requests (one per HTTP call) and entitlement
/// operations (one per operation, inside a $batch or a bulk message or made by a plug-in).
/// </summary>
public sealed class EntitlementTests
{
    [Test]
    public async Task A_batch_of_three_creates_is_one_request_and_six_operations_with_the_plugins_queue_rows()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        await WarmPluginSettingsAsync(emulator, client);
        var batch = new BatchBody();
        for (var i = 0; i < 3; i++)
        {
            batch.Request("POST", "contacts", $$"""{"lastname":"Hopper {{i}}","emailaddress1":"grace{{i}}@example.com"}""");
        }

        var answer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = batch.ToContent() });

        Assert.That(BatchBody.Statuses(answer), Is.EqualTo(new[] { 204, 204, 204 }), answer.Body);
        Assert.That(emulator.Traffic.ServiceProtectionRequests, Is.EqualTo(1));
        Assert.That(emulator.Traffic.EntitlementOperations, Is.EqualTo(6), "3 creates and the 3 queue rows the plug-in created");
    }

    [Test]
    public async Task An_UpdateMultiple_is_one_request_and_one_operation_per_target_and_per_queue_row()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        await WarmPluginSettingsAsync(emulator, client);
        var accounts = Enumerable.Range(0, 3).Select(i => emulator.Seed("account", ("name", $"Contoso {i}"))).ToList();
        var targets = string.Join(',', accounts.Select(id => $$"""{"@odata.type":"Microsoft.Dynamics.CRM.account","accountid":"{{id}}","name":"Fabrikam"}"""));

        var answer = await client.PostAsync("accounts/Microsoft.Dynamics.CRM.UpdateMultiple", $$"""{"Targets":[{{targets}}]}""");

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        Assert.That(emulator.Traffic.ServiceProtectionRequests, Is.EqualTo(1));
        Assert.That(emulator.Traffic.EntitlementOperations, Is.EqualTo(6), "3 updates and the 3 queue rows the plug-in created");
    }

    [Test]
    public async Task A_read_is_one_operation_and_the_Web_APIs_own_lookups_inside_a_write_are_none()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        using var client = new WebApiClient(emulator);
        var lead = emulator.SeedLead("Ada", "Lovelace");
        var operations = new List<long>();

        async Task Measure(Func<Task<WebApiAnswer>> send)
        {
            var before = emulator.Traffic.EntitlementOperations;
            var answer = await send();
            Assert.That(answer.Status, Is.LessThan(300), answer.Body);
            operations.Add(emulator.Traffic.EntitlementOperations - before);
        }

        await Measure(() => client.GetAsync("leads?$select=lastname"));
        await Measure(() => client.GetAsync($"leads({lead})?$select=lastname"));
        await Measure(() => client.PostAsync("leads", """{"lastname":"Hopper"}""", ("Prefer", "return=representation")));
        await Measure(() => client.PatchAsync("msi_syncsettings(msi_entity='lead')", """{"msi_enabled":false}"""));

        Assert.That(operations, Is.EqualTo(new long[] { 1, 1, 1, 1 }),
            "a query, a retrieve, a create answered with its row, an upsert by alternate key: one operation each");
        Assert.That(emulator.Traffic.ServiceProtectionRequests, Is.EqualTo(4));
    }

    [Test]
    public async Task Requests_refused_by_the_limits_cost_neither_a_request_nor_an_operation()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [], RequestsPerWindow = 1 });
        using var client = new WebApiClient(emulator);

        await client.GetAsync("leads");
        var refused = await client.GetAsync("leads");

        Assert.That(refused.Status, Is.EqualTo(429));
        Assert.That((emulator.Traffic.ServiceProtectionRequests, emulator.Traffic.EntitlementOperations), Is.EqualTo((1, 1)));
    }

    // The capture plug-ins read their settings once a minute; a first write takes that read out of the measurement.
    private static async Task WarmPluginSettingsAsync(DataverseEmulator emulator, WebApiClient client)
    {
        var warm = await client.PostAsync("contacts", """{"lastname":"Warm","emailaddress1":"warm@example.com"}""");
        Assert.That(warm.Status, Is.EqualTo(204), warm.Body);
        emulator.Traffic.Reset();
    }
}
