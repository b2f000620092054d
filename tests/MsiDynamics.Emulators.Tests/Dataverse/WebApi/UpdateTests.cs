using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>PATCH and DELETE of one row, with the conditional headers (dataverse.md §6, §0.7).</summary>
public sealed class UpdateTests
{
    [Test]
    public async Task An_update_with_the_rows_ETag_answers_204_and_changes_the_row_and_its_version()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");
        var before = emulator.Version("lead", id);

        var answer = await client.PatchAsync($"leads({id})", """{"jobtitle":"Analyst"}""", ("If-Match", $"W/\"{before}\""));

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        Assert.That(answer.Header("OData-EntityId"), Is.EqualTo($"{emulator.WebApiUrl}leads({id:D})"));
        Assert.That(emulator.Row("lead", id)["jobtitle"], Is.EqualTo("Analyst"));
        Assert.That(emulator.Version("lead", id), Is.GreaterThan(before));
    }

    [Test]
    public async Task An_update_with_a_stale_ETag_is_412_and_changes_nothing()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");
        var stale = emulator.Version("lead", id);
        await client.PatchAsync($"leads({id})", """{"jobtitle":"First"}""", ("If-Match", "*"));

        var answer = await client.PatchAsync($"leads({id})", """{"jobtitle":"Second"}""", ("If-Match", $"W/\"{stale}\""));

        Assert.That((answer.Status, answer.ErrorCode, answer.ErrorMessage), Is.EqualTo(
            (412, "0x80060882", "The version of the existing record doesn't match the RowVersion property provided.")));
        Assert.That(emulator.Row("lead", id)["jobtitle"], Is.EqualTo("First"));
    }

    [Test]
    public async Task Of_many_updates_racing_with_the_same_ETag_exactly_one_wins()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.Seed("msi_syncqueueitem", ("msi_status", new OptionSetValue(1)));
        var etag = $"W/\"{emulator.Version("msi_syncqueueitem", id)}\"";

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker =>
            client.PatchAsync($"msi_syncqueueitems({id})", $$"""{"msi_status":3,"msi_marketoid":"worker {{worker}}"}""", ("If-Match", etag))));

        Assert.That(answers.Count(a => a.Status == 204), Is.EqualTo(1));
        Assert.That(answers.Where(a => a.Status != 204).Select(a => a.Status), Is.All.EqualTo(412));
    }

    [Test]
    public async Task An_update_with_If_Match_star_of_a_missing_row_is_404_and_creates_nothing()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = Guid.NewGuid();

        var answer = await client.PatchAsync($"leads({id})", """{"lastname":"Ghost"}""", ("If-Match", "*"));

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((404, "0x80040217")));
        Assert.That(emulator.Organization.Rows("lead"), Is.Empty);
    }

    [Test]
    public async Task A_patch_without_If_Match_is_an_upsert_that_creates_the_row_with_the_given_id()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = Guid.NewGuid();

        var created = await client.PatchAsync($"leads({id})", """{"lastname":"New"}""");
        var updated = await client.PatchAsync($"leads({id})", """{"lastname":"Newer"}""");

        Assert.That((created.Status, updated.Status), Is.EqualTo((204, 204)));
        Assert.That(emulator.Row("lead", id)["lastname"], Is.EqualTo("Newer"));
        Assert.That(emulator.Traffic.RequestsOfKind("Upsert"), Is.EqualTo(2));
    }

    [Test]
    public async Task If_None_Match_star_prevents_the_update_of_an_existing_row()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");

        var answer = await client.PatchAsync($"leads({id})", """{"lastname":"Byron"}""", ("If-None-Match", "*"));

        Assert.That((answer.Status, answer.ErrorMessage), Is.EqualTo((412, "A record with matching key values already exists.")));
        Assert.That(emulator.Row("lead", id)["lastname"], Is.EqualTo("Lovelace"));
    }

    [Test]
    public async Task Owner_and_state_are_set_by_an_ordinary_update()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");
        var owner = emulator.Seed("systemuser", ("lastname", "Seller"));

        var answer = await client.PatchAsync($"leads({id})", $$"""{"ownerid@odata.bind":"systemusers({{owner}})","statecode":2,"statuscode":6}""", ("If-Match", "*"));

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        var row = emulator.Row("lead", id);
        Assert.That(row.GetAttributeValue<EntityReference>("ownerid")!.Id, Is.EqualTo(owner));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode")!.Value, Is.EqualTo(6));
    }

    [Test]
    public async Task A_bind_to_null_clears_the_lookup()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var account = emulator.Seed("account", ("name", "Contoso"));
        var id = emulator.Seed("lead", ("lastname", "X"), ("parentaccountid", new EntityReference("account", account)));

        await client.PatchAsync($"leads({id})", """{"parentaccountid@odata.bind":null}""", ("If-Match", "*"));

        Assert.That(emulator.Row("lead", id).GetAttributeValue<EntityReference>("parentaccountid"), Is.Null);
    }

    [Test]
    public async Task An_update_with_return_representation_answers_200_with_the_row()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");

        var answer = await client.PatchAsync($"leads({id})?$select=jobtitle", """{"jobtitle":"Analyst"}""",
            ("If-Match", "*"), ("Prefer", "return=representation"));

        Assert.That((answer.Status, answer.Json["jobtitle"]!.GetValue<string>()), Is.EqualTo((200, "Analyst")));
    }

    [Test]
    public async Task A_delete_answers_204_and_a_second_delete_404()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");

        var first = await client.DeleteAsync($"leads({id})");
        var second = await client.DeleteAsync($"leads({id})");

        Assert.That((first.Status, second.Status, second.ErrorCode), Is.EqualTo((204, 404, "0x80040217")));
        Assert.That(emulator.Organization.Find("lead", id), Is.Null);
    }

    [Test]
    public async Task A_setting_is_upserted_by_its_alternate_key()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        await client.PatchAsync("msi_syncsettings(msi_entity='contact')", """{"msi_enabled":false}""");
        await client.PatchAsync("msi_syncsettings(msi_entity='contact')", """{"msi_enabled":true}""");

        var setting = emulator.Organization.Rows("msi_syncsetting").Single();
        Assert.That((setting["msi_entity"], setting["msi_enabled"]), Is.EqualTo(("contact", true)));
    }

    [Test]
    public async Task An_update_of_a_money_column_rounds_it_and_keeps_its_base_value_in_step()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.Seed("account", ("name", "Fabrikam"));

        var answer = await client.PatchAsync($"accounts({id})", """{"revenue":99.994}""", ("If-Match", "*"));

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        var row = emulator.Row("account", id);
        Assert.That(row.GetAttributeValue<Money>("revenue")!.Value, Is.EqualTo(99.99m));
        Assert.That(row.GetAttributeValue<Money>("revenue_base")!.Value, Is.EqualTo(99.99m));
        Assert.That(row.GetAttributeValue<EntityReference>("transactioncurrencyid"), Is.Not.Null);
    }
}
