using System.Text.Json;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// Sync, dedupe and delete of sales persons, companies and opportunities: results in input order with
/// <c>seq</c> and the object's id (marketo.md §2, §3.2, §3.3, §3.5).
/// </summary>
public sealed class ObjectSyncTests
{
    [TestCase("salespersons", """{"externalSalesPersonId":"sp-1","email":"sam@test.com","firstName":"Sam"}""", "id", JsonValueKind.Number)]
    [TestCase("companies", """{"externalCompanyId":"c-1","company":"Google"}""", "id", JsonValueKind.Number)]
    [TestCase("opportunities", """{"externalOpportunityId":"o-1","name":"Chairs"}""", "marketoGUID", JsonValueKind.String)]
    public async Task A_sync_result_carries_seq_status_and_the_id_in_the_documented_types(string resource, string record, string idField, JsonValueKind idKind)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await client.PostJsonAsync($"rest/v1/{resource}.json", $$"""{"action":"createOrUpdate","dedupeBy":"dedupeFields","input":[{{record}}]}""");

        var result = MarketoTestClient.Results(answer)[0]!.AsObject();
        Assert.That(result["seq"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("created"));
        Assert.That(result[idField]!.GetValueKind(), Is.EqualTo(idKind));
    }

    [TestCase("salespersons", "externalSalesPersonId", "email", "id")]
    [TestCase("companies", "externalCompanyId", "company", "id")]
    [TestCase("opportunities", "externalOpportunityId", "name", "marketoGUID")]
    public async Task A_second_sync_with_the_same_dedupe_field_updates_the_same_record(string resource, string key, string field, string idField)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var path = $"rest/v1/{resource}.json";

        var first = MarketoTestClient.Results(await client.PostJsonAsync(path, $$"""{"input":[{"{{key}}":"k-1","{{field}}":"before"}]}"""))[0]!;
        var second = MarketoTestClient.Results(await client.PostJsonAsync(path, $$"""{"input":[{"{{key}}":"k-1","{{field}}":"after"},{"{{key}}":"k-2","{{field}}":"new"}]}"""));

        Assert.That(second[0]!["status"]!.GetValue<string>(), Is.EqualTo("updated"));
        Assert.That(second[0]![idField]!.ToJsonString(), Is.EqualTo(first[idField]!.ToJsonString()));
        Assert.That(second[1]![idField]!.ToJsonString(), Is.Not.EqualTo(first[idField]!.ToJsonString()));
        Assert.That(second[1]!["seq"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(second[1]!["status"]!.GetValue<string>(), Is.EqualTo("created"));
    }

    [Test]
    public async Task The_store_holds_one_company_per_external_id_with_the_latest_values()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        await client.PostJsonAsync("rest/v1/companies.json", """{"input":[{"externalCompanyId":"c-1","company":"Old"}]}""");
        await client.PostJsonAsync("rest/v1/companies.json", """{"input":[{"externalCompanyId":"c-1","company":"New"}]}""");

        Assert.That(emulator.Store.Companies.Select(c => (c.ExternalCompanyId, c.Name)), Is.EqualTo(new[] { ("c-1", "New") }));
    }

    [TestCase("createOnly", """{"externalCompanyId":"c-1"}""", "1017")]
    [TestCase("updateOnly", """{"externalCompanyId":"missing"}""", "1013")]
    [TestCase("createOrUpdate", """{"company":"no key"}""", "1002")]
    [TestCase("createOrUpdate", """{"externalCompanyId":"c-9","bogus":"x"}""", "1006")]
    public async Task A_rejected_company_is_skipped_with_a_reason_and_no_id(string action, string record, string code)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedCompany("c-1");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.PostJsonAsync("rest/v1/companies.json", $$"""{"action":"{{action}}","input":[{{record}}]}"""))[0]!;

        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("skipped"));
        Assert.That(MarketoTestClient.ReasonCode(result), Is.EqualTo(code));
        Assert.That(result.AsObject().ContainsKey("id"), Is.False);
    }

    [Test]
    public async Task The_same_key_twice_in_one_call_skips_the_second_with_1036()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var results = MarketoTestClient.Results(await client.PostJsonAsync(
            "rest/v1/companies.json", """{"input":[{"externalCompanyId":"c-1","company":"A"},{"externalCompanyId":"c-1","company":"B"}]}"""));

        Assert.That(results[0]!["status"]!.GetValue<string>(), Is.EqualTo("created"));
        Assert.That(MarketoTestClient.ReasonCode(results[1]), Is.EqualTo("1036"));
        Assert.That(emulator.Store.Companies, Has.Count.EqualTo(1));
    }

    [TestCase("salespersons", """{"externalSalesPersonId":"gone"}""")]
    [TestCase("companies", """{"externalCompanyId":"gone"}""")]
    [TestCase("opportunities", """{"externalOpportunityId":"gone"}""")]
    [TestCase("opportunities/roles", """{"externalOpportunityId":"gone","leadId":1,"role":"Buyer"}""")]
    public async Task Deleting_a_missing_record_is_skipped_with_1013(string resource, string key)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.PostJsonAsync($"rest/v1/{resource}/delete.json", $$"""{"deleteBy":"dedupeFields","input":[{{key}}]}"""))[0]!;

        Assert.That(result["seq"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("skipped"));
        Assert.That(MarketoTestClient.ReasonCode(result), Is.EqualTo("1013"));
    }
}
