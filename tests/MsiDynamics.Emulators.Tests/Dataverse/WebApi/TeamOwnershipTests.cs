using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Records owned by a team (dataverse.md §3.4: ownerid is a user or a team).</summary>
public sealed class TeamOwnershipTests
{
    [Test]
    public async Task A_lead_bound_to_a_team_is_owned_by_the_team_and_read_back_as_one()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var team = await client.PostAsync("teams", """{"name":"Inside Sales"}""");
        var teamId = Guid.Parse(team.Header("OData-EntityId")![^37..^1]);

        var created = await client.PostAsync("leads", $$"""{"lastname":"Lovelace","ownerid@odata.bind":"/teams({{teamId}})"}""");
        var id = created.Header("OData-EntityId")![^37..^1];
        var answer = await client.GetAsync($"leads({id})?$select=_ownerid_value", ("Prefer", "odata.include-annotations=\"*\""));

        Assert.That(created.Status, Is.EqualTo(204), created.Body);
        Assert.That(emulator.Row("lead", Guid.Parse(id)).GetAttributeValue<EntityReference>("ownerid")!.LogicalName, Is.EqualTo("team"));
        Assert.That(answer.Json["_ownerid_value"]!.GetValue<string>(), Is.EqualTo(teamId.ToString("D")));
        Assert.That(answer.Json["_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!.GetValue<string>(), Is.EqualTo("team"));
        Assert.That(answer.Json["_ownerid_value@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>(), Is.EqualTo("Inside Sales"));
    }

    [Test]
    public async Task A_team_is_read_with_its_name_and_business_unit()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var unit = emulator.Organization.Rows("businessunit").Single().Id;
        var team = await client.PostAsync("teams", $$"""{"name":"Inside Sales","businessunitid@odata.bind":"businessunits({{unit}})"}""");

        var answer = await client.GetAsync($"teams({team.Header("OData-EntityId")![^37..^1]})?$select=name,_businessunitid_value");

        Assert.That(answer.Json["name"]!.GetValue<string>(), Is.EqualTo("Inside Sales"));
        Assert.That(answer.Json["_businessunitid_value"]!.GetValue<string>(), Is.EqualTo(unit.ToString("D")));
    }
}
