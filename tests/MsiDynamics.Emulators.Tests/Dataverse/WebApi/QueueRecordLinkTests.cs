using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// The sync queue's lookups to the record a row is about (architecture.md §4), through the Web API: declared with
/// their target table, bound with <c>@odata.bind</c>, and removed, not cascaded, when the record is deleted
/// (dataverse.md §3.5).
/// </summary>
public sealed class QueueRecordLinkTests
{
    [TestCase("leads", "msi_leadid")]
    [TestCase("contacts", "msi_contactid")]
    [TestCase("accounts", "msi_accountid")]
    [TestCase("opportunities", "msi_opportunityid")]
    [TestCase("systemusers", "msi_systemuserid")]
    public async Task A_queue_row_bound_to_a_record_reads_back_its_lookup_and_outlives_the_record(string set, string lookup)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        using var client = new WebApiClient(emulator);
        var record = Id(await client.PostAsync(set, set == "systemusers" ? """{"lastname":"Seller"}""" : "{}"));
        var row = Id(await client.PostAsync(
            "msi_syncqueueitems", $$"""{"msi_entity":"x","msi_recordid":"{{record}}","{{lookup}}@odata.bind":"/{{set}}({{record}})"}"""));
        var linked = await client.GetAsync($"msi_syncqueueitems({row})?$select=_{lookup}_value");

        var deleted = await client.DeleteAsync($"{set}({record})");

        var after = await client.GetAsync($"msi_syncqueueitems({row})?$select=_{lookup}_value,msi_recordid");
        Assert.That(linked.Json[$"_{lookup}_value"]?.GetValue<string>(), Is.EqualTo(record), linked.Body);
        Assert.That(deleted.Status, Is.EqualTo(204), deleted.Body);
        Assert.That(after.Status, Is.EqualTo(200), after.Body);
        Assert.That(after.Json[$"_{lookup}_value"], Is.Null);
        Assert.That(after.Json["msi_recordid"]?.GetValue<string>(), Is.EqualTo(record));
    }

    [Test]
    public async Task The_queue_s_record_lookups_are_declared_with_their_target_tables()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync(
            "EntityDefinitions(LogicalName='msi_syncqueueitem')/Attributes/Microsoft.Dynamics.CRM.LookupAttributeMetadata?$select=LogicalName,Targets");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var targets = answer.Value.ToDictionary(
            a => a!["LogicalName"]!.GetValue<string>(), a => string.Join(",", a!["Targets"]!.AsArray().Select(t => t!.GetValue<string>())));
        Assert.That(targets["msi_leadid"], Is.EqualTo("lead"));
        Assert.That(targets["msi_contactid"], Is.EqualTo("contact"));
        Assert.That(targets["msi_accountid"], Is.EqualTo("account"));
        Assert.That(targets["msi_opportunityid"], Is.EqualTo("opportunity"));
        Assert.That(targets["msi_systemuserid"], Is.EqualTo("systemuser"));
    }

    private static string Id(WebApiAnswer created) =>
        created.Status == 204 ? created.Header("OData-EntityId")![^37..^1] : throw new AssertionException(created.ToString());
}
