using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>The messages the plug-ins are registered for, reachable as Web API actions (architecture.md §5).</summary>
public sealed class ActionTests
{
    [Test]
    public async Task Merge_deactivates_the_subordinate_updates_the_master_and_re_syncs_the_master()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var master = emulator.Seed("account", ("name", "Contoso"));
        var subordinate = emulator.Seed("account", ("name", "Contoso Ltd"));

        var answer = await client.PostAsync("Merge", $$"""
            {"Target":{"@odata.type":"Microsoft.Dynamics.CRM.account","accountid":"{{master}}"},
             "Subordinate":{"@odata.type":"Microsoft.Dynamics.CRM.account","accountid":"{{subordinate}}"},
             "UpdateContent":{"@odata.type":"Microsoft.Dynamics.CRM.account","websiteurl":"https://contoso.example"},
             "PerformParentingChecks":false}
            """);

        Assert.That(answer.Status, Is.EqualTo(204), answer.Body);
        Assert.That(emulator.Row("account", master)["websiteurl"], Is.EqualTo("https://contoso.example"));
        var merged = emulator.Row("account", subordinate);
        Assert.That((merged.GetAttributeValue<OptionSetValue>("statecode")!.Value, merged["merged"]), Is.EqualTo((1, true)));
        Assert.That(emulator.QueueRows().Select(r => r["msi_recordid"]), Does.Contain(master.ToString("D")));
    }

    [Test]
    public async Task Merge_of_two_different_tables_is_400()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var account = emulator.Seed("account", ("name", "Contoso"));
        var contact = emulator.Seed("contact", ("lastname", "Smith"));

        var answer = await client.PostAsync("Merge", $$"""
            {"Target":{"@odata.type":"Microsoft.Dynamics.CRM.account","accountid":"{{account}}"},
             "Subordinate":{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{contact}}"},"PerformParentingChecks":false}
            """);

        Assert.That(answer.Status, Is.EqualTo(400));
    }

    [Test]
    public async Task QualifyLead_creates_the_rows_asked_for_and_qualifies_the_lead()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var lead = emulator.Seed("lead", ("firstname", "Ada"), ("lastname", "Lovelace"), ("companyname", "Analytical Engines"));

        var answer = await client.PostAsync($"leads({lead})/Microsoft.Dynamics.CRM.QualifyLead",
            """{"CreateAccount":true,"CreateContact":true,"CreateOpportunity":false,"Status":3}""");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Value.Select(r => r!["@odata.type"]!.GetValue<string>()),
            Is.EqualTo(new[] { "#Microsoft.Dynamics.CRM.account", "#Microsoft.Dynamics.CRM.contact" }));
        Assert.That(emulator.Row("lead", lead).GetAttributeValue<OptionSetValue>("statecode")!.Value, Is.EqualTo(1));
        Assert.That(emulator.Organization.Rows("account").Single()["name"], Is.EqualTo("Analytical Engines"));
    }

    [Test]
    public async Task QualifyLead_of_a_closed_lead_is_400()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var lead = emulator.Seed("lead", ("lastname", "Closed"), ("statecode", new OptionSetValue(2)), ("statuscode", new OptionSetValue(6)));

        var answer = await client.PostAsync($"leads({lead})/Microsoft.Dynamics.CRM.QualifyLead",
            """{"CreateAccount":false,"CreateContact":true,"CreateOpportunity":false,"Status":3}""");

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(emulator.Organization.Rows("contact"), Is.Empty);
    }
}
