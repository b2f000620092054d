using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>GET of a collection: $select, $filter, $orderby, $top (dataverse.md §6; filter-rows).</summary>
public sealed class QueryTests
{
    private static readonly DateTime Noon = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    // Four leads: Ada (score 10, e-mail, due at noon), Grace (20), Alan (30, no e-mail), O'Brian & Sons (40).
    [TestCase("msi_relativescore eq 20", "Grace")]
    [TestCase("msi_relativescore ne 20", "Ada,Alan,O'Brian & Sons")]
    [TestCase("msi_relativescore gt 20", "Alan,O'Brian & Sons")]
    [TestCase("msi_relativescore ge 20", "Grace,Alan,O'Brian & Sons")]
    [TestCase("msi_relativescore lt 20", "Ada")]
    [TestCase("msi_relativescore le 20", "Ada,Grace")]
    [TestCase("msi_relativescore gt 10 and msi_relativescore lt 40", "Grace,Alan")]
    [TestCase("msi_relativescore eq 10 or msi_relativescore eq 40", "Ada,O'Brian & Sons")]
    [TestCase("not (msi_relativescore eq 10 or msi_relativescore eq 40)", "Grace,Alan")]
    [TestCase("not msi_relativescore gt 10", "Ada")]
    [TestCase("(msi_relativescore eq 10 or msi_relativescore eq 20) and emailaddress1 ne null", "Ada,Grace")]
    [TestCase("emailaddress1 eq null", "Alan")]
    [TestCase("emailaddress1 ne null", "Ada,Grace,O'Brian & Sons")]
    [TestCase("contains(lastname,'ov')", "Ada,Grace")]
    [TestCase("not contains(lastname,'ov')", "Alan,O'Brian & Sons")]
    [TestCase("startswith(firstname,'A')", "Ada,Alan")]
    [TestCase("endswith(emailaddress1,'@example.com')", "Ada,Grace")]
    [TestCase("lastname eq 'O''Brian & Sons'", "O'Brian & Sons")]
    [TestCase("lastname eq 'LOVELACE'", "Ada")]
    [TestCase("msi_lastinterestingmomentdate le 2026-11-23T12:00:00Z", "Ada")]
    [TestCase("msi_lastinterestingmomentdate gt 2026-11-23T12:00:00Z", "Grace")]
    [TestCase("merged eq true", "Alan")]
    [TestCase("Microsoft.Dynamics.CRM.In(PropertyName='firstname',PropertyValues=['Ada','Alan'])", "Ada,Alan")]
    [TestCase("Microsoft.Dynamics.CRM.NotIn(PropertyName='firstname',PropertyValues=[\"Ada\",\"Alan\"])", "Grace,O'Brian & Sons")]
    [TestCase("Microsoft.Dynamics.CRM.Between(PropertyName='msi_relativescore',PropertyValues=[\"15\",\"30\"])", "Grace,Alan")]
    public async Task Every_filter_operator_selects_the_rows_it_names(string filter, string expected)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        Seed(emulator);

        var answer = await client.GetAsync("leads?$select=firstname&$filter=" + CrmRows.Encoded(filter));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(Names(answer), Is.EqualTo(expected));
    }

    [Test]
    public async Task In_with_parameter_aliases_matches_a_value_with_a_quote_and_an_ampersand()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        Seed(emulator);

        var answer = await client.GetAsync("leads?$select=firstname&$filter=" + CrmRows.Encoded("Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)")
            + "&@p1=" + CrmRows.Encoded("'lastname'") + "&@p2=" + CrmRows.Encoded("[\"O'Brian & Sons\",\"Hopper-Lovelace\"]"));

        Assert.That(Names(answer), Is.EqualTo("Grace,O'Brian & Sons"));
    }

    [Test]
    public async Task A_lookup_is_filtered_by_its_underscore_value_and_ordered_several_ways()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var owner = emulator.Seed("systemuser", ("firstname", "Sam"), ("lastname", "Seller"));
        foreach (var (first, score) in new[] { ("B", 1), ("A", 2), ("C", 1) })
        {
            emulator.Seed("lead", ("firstname", first), ("msi_relativescore", score), ("ownerid", new EntityReference("systemuser", owner)));
        }

        emulator.SeedLead("Other owner", "X");

        var answer = await client.GetAsync($"leads?$select=firstname&$filter=_ownerid_value eq {owner}&$orderby=msi_relativescore desc,firstname asc&$top=2");

        Assert.That(Names(answer), Is.EqualTo("A,B"));
        Assert.That(answer.Json["@odata.context"]!.GetValue<string>(), Is.EqualTo($"{emulator.WebApiUrl}$metadata#leads(firstname)"));
        Assert.That(answer.Json.ContainsKey("@odata.nextLink"), Is.False);
    }

    [Test]
    public async Task Without_select_every_column_is_returned()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        emulator.SeedLead("Ada", "Lovelace");

        var row = (await client.GetAsync("leads")).Value.Single()!.AsObject();

        Assert.That(row.Select(p => p.Key), Is.SupersetOf(new[] { "firstname", "lastname", "_ownerid_value", "statecode", "msi_priority", "leadid", "createdon" }));
    }

    [TestCase("lastname eq 5", "incompatible types")]
    [TestCase("msi_relativescore eq 'five'", "incompatible types")]
    [TestCase("nosuchcolumn eq 1", "Could not find a property named 'nosuchcolumn'")]
    [TestCase("lastname eq 'O'Brian'", "There is an unterminated literal at position")]
    [TestCase("lastname eq 'unterminated", "unterminated literal")]
    [TestCase("Microsoft.Dynamics.CRM.In(PropertyName=@p9,PropertyValues=['a'])", "@p9")]
    public async Task A_malformed_filter_is_400_saying_what_is_wrong(string filter, string message)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$filter=" + CrmRows.Encoded(filter));

        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorMessage, Does.Contain(message));
    }

    [Test]
    public async Task Skip_is_refused_as_Dataverse_refuses_it()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$skip=10");

        Assert.That(answer.Status, Is.EqualTo(400));
    }

    [Test]
    public async Task Count_adds_the_number_of_matching_rows()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        Seed(emulator);

        var answer = await client.GetAsync("leads?$select=firstname&$count=true&$top=1");

        Assert.That(answer.Json["@odata.count"]!.GetValue<int>(), Is.EqualTo(4));
    }

    private static void Seed(DataverseEmulator emulator)
    {
        Lead(emulator, "Ada", "Lovelace", "ada@example.com", 10, Noon, merged: false);
        Lead(emulator, "Grace", "Hopper-Lovelace", "grace@example.com", 20, Noon.AddHours(1), merged: false);
        Lead(emulator, "Alan", "Turing", null, 30, null, merged: true);
        Lead(emulator, "O'Brian & Sons", "O'Brian & Sons", "obrian@example.org", 40, null, merged: false);
    }

    private static void Lead(DataverseEmulator emulator, string first, string last, string? email, int score, DateTime? moment, bool merged) =>
        emulator.Seed("lead", ("firstname", first), ("lastname", last), ("emailaddress1", email), ("msi_relativescore", score),
            ("msi_lastinterestingmomentdate", moment), ("merged", merged));

    private static string Names(WebApiAnswer answer) =>
        string.Join(',', answer.Value.Select(r => r!["firstname"]!.GetValue<string>()));
}
