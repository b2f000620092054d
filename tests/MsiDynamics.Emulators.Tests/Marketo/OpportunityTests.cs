using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>Opportunities and opportunity roles (marketo.md §3.5, §3.6).</summary>
public sealed class OpportunityTests
{
    [Test]
    public async Task An_unknown_external_sales_person_fails_the_whole_call_with_718()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedSalesPerson("sp-1", "sam@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await client.PostJsonAsync("rest/v1/opportunities.json", """
            {"input":[{"externalOpportunityId":"o-1","name":"A","externalSalesPersonId":"sp-1"},
                      {"externalOpportunityId":"o-2","name":"B","externalSalesPersonId":"sp-unknown"}]}
            """);

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo("718"));
        Assert.That(emulator.Store.Opportunities, Is.Empty);
    }

    [TestCase("""{"externalOpportunityId":"o-1"}""")]
    [TestCase("""{"externalOpportunityId":"o-1","name":null}""")]
    public async Task An_opportunity_without_a_name_is_skipped(string record)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/opportunities.json", $$"""{"input":[{{record}}]}"""))[0]!;

        Assert.That(MarketoTestClient.ReasonCode(result), Is.EqualTo("1002"));
        Assert.That(emulator.Store.Opportunities, Is.Empty);
    }

    [Test]
    public async Task A_role_needs_its_opportunity_and_lead_to_exist()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedOpportunity("o-1", "Chairs");
        var lead = emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var results = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""
            {"action":"createOrUpdate","dedupeBy":"dedupeFields","input":[
              {"externalOpportunityId":"o-1","leadId":{{lead.Id}},"role":"Technical Buyer","isPrimary":false},
              {"externalOpportunityId":"o-404","leadId":{{lead.Id}},"role":"Technical Buyer"},
              {"externalOpportunityId":"o-1","leadId":404,"role":"Technical Buyer"}]}
            """));

        Assert.That(results[0]!["status"]!.GetValue<string>(), Is.EqualTo("created"));
        Assert.That(results[0]!["marketoGUID"]!.GetValue<string>(), Is.EqualTo(emulator.Store.OpportunityRoles.Single().MarketoGuid));
        Assert.That(results.Skip(1).Select(MarketoTestClient.ReasonCode), Is.All.EqualTo("1013"));
        Assert.That(results.Select(r => r!["seq"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public async Task A_changed_role_is_a_new_record_because_role_is_part_of_the_key()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedOpportunity("o-1", "Chairs");
        var lead = emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var role = $$"""{"externalOpportunityId":"o-1","leadId":{{lead.Id}},"role":"ROLE"}""";

        var first = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""{"input":[{{role.Replace("ROLE", "Buyer")}}]}"""))[0]!;
        var again = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""{"input":[{{role.Replace("ROLE", "Buyer")}}]}"""))[0]!;
        var other = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""{"input":[{{role.Replace("ROLE", "Champion")}}]}"""))[0]!;

        Assert.That(again["status"]!.GetValue<string>(), Is.EqualTo("updated"));
        Assert.That(again["marketoGUID"]!.GetValue<string>(), Is.EqualTo(first["marketoGUID"]!.GetValue<string>()));
        Assert.That(other["status"]!.GetValue<string>(), Is.EqualTo("created"));
        Assert.That(emulator.Store.OpportunityRoles.Select(r => r.Role), Is.EquivalentTo(new[] { "Buyer", "Champion" }));
    }

    [Test]
    public async Task A_role_key_field_cannot_be_changed_through_its_marketoGUID()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedOpportunity("o-1", "Chairs");
        var lead = emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var created = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""{"input":[{"externalOpportunityId":"o-1","leadId":{{lead.Id}},"role":"Buyer"}]}"""))[0]!;

        var result = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""
            {"action":"updateOnly","dedupeBy":"idField","input":[{"marketoGUID":"{{created["marketoGUID"]}}","role":"Champion"}]}
            """))[0]!;

        Assert.That(MarketoTestClient.ReasonCode(result), Is.EqualTo("1003"));
        Assert.That(emulator.Store.OpportunityRoles.Single().Role, Is.EqualTo("Buyer"));
    }

    [Test]
    public async Task Roles_are_queried_by_compound_key_with_a_JSON_method_GET_body()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedOpportunity("o-1", "Chairs");
        var lead = emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""{"input":[{"externalOpportunityId":"o-1","leadId":{{lead.Id}},"role":"Buyer"}]}""");

        var results = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/opportunities/roles.json?_method=GET", $$"""
            {"filterType":"dedupeFields","fields":["marketoGUID","externalOpportunityId","leadId","role"],
             "input":[{"externalOpportunityId":"o-1","leadId":{{lead.Id}},"role":"Buyer"},{"externalOpportunityId":"o-1","leadId":{{lead.Id}},"role":"Other"}]}
            """));

        Assert.That(results.Single()!.ToJsonString(), Is.EqualTo(
            $$"""{"seq":0,"marketoGUID":"{{emulator.Store.OpportunityRoles.Single().MarketoGuid}}","externalOpportunityId":"o-1","leadId":{{lead.Id}},"role":"Buyer"}"""));
    }
}
