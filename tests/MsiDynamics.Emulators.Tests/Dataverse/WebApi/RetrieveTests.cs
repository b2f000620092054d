using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>GET of one row (dataverse.md §3.4, §6).</summary>
public sealed class RetrieveTests
{
    [Test]
    public async Task A_row_is_read_by_id_with_its_selected_columns_key_and_ETag()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace", "ada@example.com");

        var answer = await client.GetAsync($"leads({id})?$select=firstname,emailaddress1,jobtitle");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var row = answer.Json;
        Assert.That(row.Select(p => p.Key), Is.EqualTo(new[] { "@odata.context", "@odata.etag", "firstname", "emailaddress1", "jobtitle", "leadid" }));
        Assert.That(row["emailaddress1"]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
        Assert.That(row["jobtitle"], Is.Null, "a selected empty column is returned as null");
        Assert.That(row["@odata.etag"]!.GetValue<string>(), Is.EqualTo($"W/\"{emulator.Version("lead", id)}\""));
        Assert.That(answer.Header("ETag"), Is.EqualTo(row["@odata.etag"]!.GetValue<string>()));
    }

    [Test]
    public async Task A_missing_row_is_404_0x80040217_does_not_exist()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = Guid.NewGuid();

        var answer = await client.GetAsync($"leads({id})");

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((404, "0x80040217")));
        Assert.That(answer.ErrorMessage, Is.EqualTo($"lead With Id = {id:D} Does Not Exist"));
    }

    [Test]
    public async Task Lookups_are_read_as_underscore_value_with_their_annotations_when_asked()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var account = emulator.Seed("account", ("name", "Contoso"));
        var contact = emulator.Seed("contact", ("lastname", "Smith"), ("parentcustomerid", new EntityReference("account", account)),
            ("statecode", new OptionSetValue(1)));

        var answer = await client.GetAsync($"contacts({contact})?$select=_parentcustomerid_value,statecode",
            ("Prefer", "odata.include-annotations=\"*\""));

        var row = answer.Json;
        Assert.That(row["_parentcustomerid_value"]!.GetValue<string>(), Is.EqualTo(account.ToString("D")));
        Assert.That(row["_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!.GetValue<string>(), Is.EqualTo("account"));
        Assert.That(row["_parentcustomerid_value@Microsoft.Dynamics.CRM.associatednavigationproperty"]!.GetValue<string>(), Is.EqualTo("parentcustomerid_account"));
        Assert.That(row["_parentcustomerid_value@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>(), Is.EqualTo("Contoso"));
        Assert.That(row["statecode"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(row["statecode@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>(), Is.EqualTo("Inactive"));
        Assert.That(answer.Header("Preference-Applied"), Is.EqualTo("odata.include-annotations=\"*\""));
    }

    [Test]
    public async Task Without_the_annotation_preference_no_annotations_are_written()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");

        var answer = await client.GetAsync($"leads({id})?$select=_ownerid_value,statecode");

        Assert.That(answer.Json.Select(p => p.Key).Where(k => k.Contains('@', StringComparison.Ordinal) && !k.StartsWith('@')), Is.Empty);
    }

    [Test]
    public async Task Date_times_are_ISO_8601_UTC_and_choices_are_integers()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.Seed("msi_syncqueueitem", ("msi_status", new OptionSetValue(4)),
            ("msi_nextattempton", new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc)));

        var answer = await client.GetAsync($"msi_syncqueueitems({id})?$select=msi_status,msi_nextattempton",
            ("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""));

        Assert.That(answer.Json["msi_nextattempton"]!.GetValue<string>(), Is.EqualTo("2026-11-23T10:00:00Z"));
        Assert.That(answer.Json["msi_status"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(answer.Json["msi_status@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>(), Is.EqualTo("RetryScheduled"));
    }

    [Test]
    public async Task Selecting_a_lookup_by_its_logical_name_is_could_not_find_a_property()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");

        var answer = await client.GetAsync($"leads({id})?$select=ownerid");

        Assert.That((answer.Status, answer.ErrorCode, answer.ErrorMessage),
            Is.EqualTo((400, "0x0", "Could not find a property named 'ownerid' on type 'Microsoft.Dynamics.CRM.lead'.")));
    }

    [Test]
    public async Task A_setting_is_read_by_its_alternate_key()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.Seed("msi_syncsetting", ("msi_entity", "lead"), ("msi_enabled", false));

        var answer = await client.GetAsync("msi_syncsettings(msi_entity='lead')?$select=msi_enabled");

        Assert.That(answer.Json["msi_syncsettingid"]!.GetValue<string>(), Is.EqualTo(id.ToString("D")));
        Assert.That(answer.Json["msi_enabled"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task If_None_Match_with_the_current_ETag_is_answered_304()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var id = emulator.SeedLead("Ada", "Lovelace");

        var answer = await client.GetAsync($"leads({id})", ("If-None-Match", $"W/\"{emulator.Version("lead", id)}\""));

        Assert.That(answer.Status, Is.EqualTo(304));
    }
}
