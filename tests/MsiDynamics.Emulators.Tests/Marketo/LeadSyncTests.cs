using System.Text.Json;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>Sync Leads: actions, lookup fields and per-record rejections (marketo.md §3.4, §5.3).</summary>
public sealed class LeadSyncTests
{
    [Test]
    public async Task A_lead_result_has_an_integer_id_and_status_but_no_seq()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.PostJsonAsync(
            "rest/v1/leads.json", """{"action":"createOrUpdate","lookupField":"email","input":[{"email":"ann@example.com"}]}"""))[0]!.AsObject();

        Assert.That(result.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "status" }));
        Assert.That(result["id"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("created"));
    }

    [Test]
    public async Task CreateOrUpdate_by_email_joins_the_existing_person_and_stores_the_external_ids()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var existing = emulator.SeedLead("Ann@Example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/leads.json", """
            {"input":[{"email":"ann@example.com","externalPersonId":"p-1","externalSalesPersonId":"sp-1","externalCompanyId":"c-1"}]}
            """))[0]!;

        var lead = emulator.Store.Leads.Single();
        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("updated"));
        Assert.That(result["id"]!.GetValue<int>(), Is.EqualTo(existing.Id));
        Assert.That((lead.ExternalPersonId, lead.ExternalSalesPersonId, lead.ExternalCompanyId), Is.EqualTo(("p-1", "sp-1", "c-1")));
    }

    [Test]
    public async Task UpdateOnly_by_id_updates_that_lead()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var lead = emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.PostJsonAsync(
            "rest/v1/leads.json", $$"""{"action":"updateOnly","lookupField":"id","input":[{"id":{{lead.Id}},"firstName":"Ann"}]}"""))[0]!;

        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("updated"));
        Assert.That(emulator.Store.FindLead(lead.Id)!["firstName"], Is.EqualTo("Ann"));
    }

    [TestCase("createOnly", "email", """{"id":100001,"email":"new@example.com"}""", "1003")]
    [TestCase("createOrUpdate", "email", """{"id":100001,"email":"new@example.com"}""", "1003")]
    [TestCase("updateOnly", "id", """{"id":999,"firstName":"X"}""", "1004")]
    [TestCase("updateOnly", "email", """{"email":"nobody@example.com"}""", "1004")]
    [TestCase("createOnly", "email", """{"email":"taken@example.com"}""", "1005")]
    [TestCase("createOrUpdate", "email", """{"email":"new@example.com","shoeSize":"44"}""", "1006")]
    [TestCase("createOrUpdate", "email", """{"email":"twin@example.com"}""", "1007")]
    [TestCase("updateOnly", "email", """{"email":"twin@example.com"}""", "1007")]
    [TestCase("createOrUpdate", "email", """{"firstName":"No address"}""", "1002")]
    public async Task A_rejected_lead_is_skipped_with_its_reason_and_without_an_id(string action, string lookupField, string record, string code)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedLead("taken@example.com");
        emulator.SeedLead("twin@example.com");
        emulator.SeedLead("twin@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.PostJsonAsync(
            "rest/v1/leads.json", $$"""{"action":"{{action}}","lookupField":"{{lookupField}}","input":[{{record}}]}"""))[0]!.AsObject();

        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("skipped"));
        Assert.That(MarketoTestClient.ReasonCode(result), Is.EqualTo(code));
        Assert.That(result.ContainsKey("id"), Is.False);
        Assert.That(emulator.Store.Leads, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task The_same_address_twice_in_one_call_is_skipped_with_1036_after_the_first()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var results = MarketoTestClient.Results(await client.PostJsonAsync(
            "rest/v1/leads.json", """{"input":[{"email":"ann@example.com"},{"email":"ANN@example.com"},{"email":"bob@example.com"}]}"""));

        Assert.That(results.Select(r => r!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "created", "skipped", "created" }));
        Assert.That(MarketoTestClient.ReasonCode(results[1]), Is.EqualTo("1036"));
    }

    [TestCase(false, "1011")]
    [TestCase(true, null)]
    public async Task ExternalPersonId_as_lookup_field_is_refused_unless_the_emulator_accepts_it(bool accepted, string? code)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { AcceptExternalPersonIdLookup = accepted });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await client.PostJsonAsync(
            "rest/v1/leads.json", """{"lookupField":"externalPersonId","input":[{"externalPersonId":"p-1","email":"a@example.com"}]}""");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo(code));
    }

    [Test]
    public async Task The_MSI_fields_are_read_only_and_a_sync_does_not_change_them()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var lead = emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        await client.PostJsonAsync("rest/v1/leads.json", """{"input":[{"email":"ann@example.com","priority":99,"msiLastInterestingMomentType":"Web"}]}""");

        Assert.That(emulator.Store.FindLead(lead.Id)!.Priority, Is.Null);
        Assert.That(emulator.Store.FindLead(lead.Id)!.MsiLastInterestingMomentType, Is.Null);
    }
}
