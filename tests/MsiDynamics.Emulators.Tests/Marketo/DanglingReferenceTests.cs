using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// References that do not resolve are visible in <see cref="MarketoStore.DanglingReferences"/>: MSI shows
/// nothing for them (marketo.md §4.4), and the chaos test requires none at the end (architecture.md §8).
/// </summary>
public sealed class DanglingReferenceTests
{
    [Test]
    public async Task A_company_synced_before_its_sales_person_dangles_until_the_sales_person_arrives()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        await client.PostJsonAsync("rest/v1/companies.json", """{"input":[{"externalCompanyId":"c-1","externalSalesPersonId":"sp-1"}]}""");
        var before = emulator.Store.DanglingReferences;
        await client.PostJsonAsync("rest/v1/salespersons.json", """{"input":[{"externalSalesPersonId":"sp-1","email":"sam@example.com"}]}""");

        Assert.That(before, Is.EqualTo(new[] { new DanglingReference("company", "c-1", "externalSalesPersonId", "sp-1") }));
        Assert.That(emulator.Store.DanglingReferences, Is.Empty);
    }

    [Test]
    public async Task A_lead_naming_an_unknown_company_and_sales_person_dangles_twice()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        await client.PostJsonAsync("rest/v1/leads.json", """
            {"input":[{"email":"ann@example.com","externalPersonId":"p-1","externalCompanyId":"c-9","externalSalesPersonId":"sp-9"}]}
            """);

        Assert.That(emulator.Store.DanglingReferences.Select(d => (d.ObjectType, d.RecordKey, d.Field, d.Value)), Is.EquivalentTo(new[]
        {
            ("lead", "p-1", "externalCompanyId", "c-9"),
            ("lead", "p-1", "externalSalesPersonId", "sp-9"),
        }));
    }

    [Test]
    public async Task A_role_dangles_when_its_lead_is_deleted()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedOpportunity("o-1", "Chairs");
        var lead = emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""{"input":[{"externalOpportunityId":"o-1","leadId":{{lead.Id}},"role":"Buyer"}]}""");

        await client.PostJsonAsync("rest/v1/leads/delete.json", $$"""{"input":[{"id":{{lead.Id}}}]}""");

        var dangling = emulator.Store.DanglingReferences.Single();
        Assert.That((dangling.ObjectType, dangling.Field, dangling.Value), Is.EqualTo(("opportunityRole", "leadId", lead.Id.ToString())));
    }

    [Test]
    public async Task A_complete_chain_in_dependency_order_leaves_nothing_dangling()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        await client.PostJsonAsync("rest/v1/salespersons.json", """{"input":[{"externalSalesPersonId":"sp-1","email":"sam@example.com"}]}""");
        await client.PostJsonAsync("rest/v1/companies.json", """{"input":[{"externalCompanyId":"c-1","externalSalesPersonId":"sp-1"}]}""");
        var lead = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/leads.json", """{"input":[{"email":"a@example.com","externalCompanyId":"c-1","externalSalesPersonId":"sp-1"}]}"""))[0]!["id"]!.GetValue<int>();
        await client.PostJsonAsync("rest/v1/opportunities.json", """{"input":[{"externalOpportunityId":"o-1","name":"N","externalCompanyId":"c-1","externalSalesPersonId":"sp-1"}]}""");
        await client.PostJsonAsync("rest/v1/opportunities/roles.json", $$"""{"input":[{"externalOpportunityId":"o-1","leadId":{{lead}},"role":"Buyer"}]}""");

        Assert.That(emulator.Store.OpportunityRoles, Has.Count.EqualTo(1));
        Assert.That(emulator.Store.DanglingReferences, Is.Empty);
    }
}
