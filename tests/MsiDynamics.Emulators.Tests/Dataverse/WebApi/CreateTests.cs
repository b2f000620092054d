using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>POST to an entity set (dataverse.md §6 Create, Lookups).</summary>
public sealed class CreateTests
{
    [Test]
    public async Task A_create_answers_204_with_the_new_rows_OData_EntityId()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("accounts", """{"name":"Fabrikam","numberofemployees":40,"revenue":1250.5}""");

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        var entityId = answer.Header("OData-EntityId")!;
        Assert.That(entityId, Does.Match($@"^{emulator.WebApiUrl}accounts\([0-9a-f-]{{36}}\)$"));
        var id = Guid.Parse(entityId[^37..^1]);
        var row = emulator.Row("account", id);
        Assert.That(row["name"], Is.EqualTo("Fabrikam"));
        Assert.That(row.GetAttributeValue<Money>("revenue")!.Value, Is.EqualTo(1250.5m));
        Assert.That(row.GetAttributeValue<EntityReference>("ownerid")!.Id, Is.EqualTo(emulator.ApplicationUserId));
    }

    [Test]
    public async Task A_create_with_return_representation_answers_201_with_the_row()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("leads?$select=firstname,lastname,fullname",
            """{"firstname":"Ada","lastname":"Lovelace"}""", ("Prefer", "return=representation"));

        Assert.That(answer.Status, Is.EqualTo(201), answer.Body);
        Assert.That(answer.Json["fullname"]!.GetValue<string>(), Is.EqualTo("Ada Lovelace"));
        Assert.That(answer.Json["@odata.etag"]!.GetValue<string>(), Does.Match("^W/\"\\d+\"$"));
        Assert.That(answer.Json["@odata.context"]!.GetValue<string>(), Does.EndWith("$metadata#leads(firstname,lastname,fullname)/$entity"));
        Assert.That(answer.Header("ETag"), Is.EqualTo(answer.Json["@odata.etag"]!.GetValue<string>()));
    }

    [TestCase("accounts({0})")]
    [TestCase("/accounts({0})")]
    public async Task A_lookup_is_bound_with_odata_bind_to_the_entity_set_and_id(string reference)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var account = emulator.Seed("account", ("name", "Contoso"));

        var answer = await client.PostAsync("contacts",
            $$"""{"lastname":"Smith","parentcustomerid_account@odata.bind":"{{string.Format(null, reference, account)}}"}""");

        var id = Guid.Parse(answer.Header("OData-EntityId")![^37..^1]);
        var parent = emulator.Row("contact", id).GetAttributeValue<EntityReference>("parentcustomerid")!;
        Assert.That((parent.LogicalName, parent.Id), Is.EqualTo(("account", account)));
    }

    [Test]
    public async Task An_unknown_property_is_400_naming_the_property_and_the_entity()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("leads", """{"Name":"x"}""");

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorMessage, Does.Contain("Invalid property 'Name' was found in entity 'Microsoft.Dynamics.CRM.lead'."));
        Assert.That(emulator.Organization.Rows("lead"), Is.Empty);
    }

    [Test]
    public async Task A_lookup_bound_through_a_wrong_navigation_property_is_a_payload_error()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var account = emulator.Seed("account", ("name", "Contoso"));

        var answer = await client.PostAsync("contacts", $$"""{"parentcustomerid@odata.bind":"accounts({{account}})"}""");

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x80048d19")));
    }

    [TestCase("""{"numberofemployees":"many"}""", "Edm.Int32")]
    [TestCase("""{"name":12}""", "Edm.String")]
    [TestCase("""{"merged":"yes"}""", "Edm.Boolean")]
    public async Task A_value_of_the_wrong_type_is_400_naming_the_expected_type(string body, string edmType)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("accounts", body);

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorMessage, Does.Contain(edmType));
    }

    [Test]
    public async Task Text_longer_than_the_column_is_a_validation_error()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("msi_syncstates", $$"""{"msi_name":"{{new string('n', 101)}}"}""");

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x80044331")));
        Assert.That(answer.ErrorMessage, Does.Contain("maximum allowed length of '100'"));
    }

    [Test]
    public async Task A_create_with_the_key_of_an_existing_row_is_412_duplicate()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");

        var answer = await client.PostAsync("leads", $$"""{"leadid":"{{id}}","lastname":"Byron"}""");

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((412, "0x80040237")));
    }
}
