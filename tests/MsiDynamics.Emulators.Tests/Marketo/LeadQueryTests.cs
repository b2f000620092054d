using System.Text.Json;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>Get Leads by filter, paging and delete (marketo.md §3.4, §4.1).</summary>
public sealed class LeadQueryTests
{
    private const string MsiFields = "msiLastInterestingMomentType,msiLastInterestingMomentDate,msiLastInterestingMomentDesc,msiLastInterestingMomentSource,priority,relativeUrgency,relativeScore,relativeScoring";

    [Test]
    public async Task A_query_by_external_person_id_returns_every_requested_field_and_null_for_unset_ones()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var lead = emulator.SeedLead("ann@example.com", new Dictionary<string, string?> { ["externalPersonId"] = "p-1" });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.GetAsync(
            $"rest/v1/leads.json?filterType=externalPersonId&filterValues=p-1,p-2&fields=externalPersonId,{MsiFields}"))[0]!.AsObject();

        Assert.That(result["id"]!.GetValue<int>(), Is.EqualTo(lead.Id));
        Assert.That(result["externalPersonId"]!.GetValue<string>(), Is.EqualTo("p-1"));
        Assert.That(result.ContainsKey("seq"), Is.False);
        Assert.That(MsiFields.Split(','), Is.All.Matches<string>(f => result.ContainsKey(f) && result[f] is null));
    }

    [Test]
    public async Task Without_fields_a_query_returns_the_default_lead_fields()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var result = MarketoTestClient.Results(await client.GetAsync("rest/v1/leads.json?filterType=email&filterValues=ann@example.com"))[0]!.AsObject();

        Assert.That(result.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "email", "updatedAt", "createdAt", "firstName", "lastName" }));
    }

    [Test]
    public async Task A_POST_with_method_GET_and_a_form_body_queries_like_a_GET()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        emulator.SeedLead("ann@example.com", new Dictionary<string, string?> { ["externalPersonId"] = "p-1" });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var results = MarketoTestClient.Results(await client.PostFormAsync(
            "rest/v1/leads.json?_method=GET", ("filterType", "externalPersonId"), ("filterValues", "p-1"), ("fields", "email")));

        Assert.That(results.Single()!["email"]!.GetValue<string>(), Is.EqualTo("ann@example.com"));
        Assert.That(emulator.Traffic.RecordsByEndpoint["GET /rest/v1/leads.json"], Is.EqualTo(1));
    }

    [TestCase(2, 3)]
    [TestCase(5, 1)]
    [TestCase(300, 1)]
    public async Task Pages_follow_nextPageToken_until_moreResult_is_false(int batchSize, int expectedPages)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var seeded = Enumerable.Range(0, 5).Select(i => emulator.SeedLead($"p{i}@example.com", new Dictionary<string, string?> { ["externalCompanyId"] = "c-1" }).Id).ToList();
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var ids = new List<int>();
        var pages = 0;
        string? token = null;
        do
        {
            var answer = await client.GetAsync($"rest/v1/leads.json?filterType=externalCompanyId&filterValues=c-1&batchSize={batchSize}" + (token is null ? string.Empty : $"&nextPageToken={token}"));
            ids.AddRange(MarketoTestClient.Results(answer).Select(r => r!["id"]!.GetValue<int>()));
            token = answer["moreResult"]?.GetValue<bool>() == true ? answer["nextPageToken"]!.GetValue<string>() : null;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.That(ids, Is.EqualTo(seeded));
        Assert.That(pages, Is.EqualTo(expectedPages));
    }

    [Test]
    public async Task More_than_1000_matches_answer_1003_too_many_results()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        for (var i = 0; i < 1001; i++)
        {
            emulator.SeedLead($"p{i}@example.com", new Dictionary<string, string?> { ["externalCompanyId"] = "big" });
        }

        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var answer = await client.GetAsync("rest/v1/leads.json?filterType=externalCompanyId&filterValues=big");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo("1003"));
        Assert.That(answer["errors"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("Too many results match the filter"));
    }

    [TestCase("rest/v1/leads/delete.json")]
    [TestCase("rest/v1/leads.json?_method=DELETE")]
    public async Task Deleting_leads_answers_deleted_or_skipped_1013_without_seq(string path)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        var lead = emulator.SeedLead("ann@example.com");
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var results = MarketoTestClient.Results(await client.PostJsonAsync(path, $$"""{"input":[{"id":{{lead.Id}}},{"id":42}]}"""));

        Assert.That(results[0]!.ToJsonString(), Is.EqualTo($$"""{"id":{{lead.Id}},"status":"deleted"}"""));
        Assert.That(results[1]!["status"]!.GetValue<string>(), Is.EqualTo("skipped"));
        Assert.That(MarketoTestClient.ReasonCode(results[1]), Is.EqualTo("1013"));
        Assert.That(results[1]!.AsObject().ContainsKey("id"), Is.False);
        Assert.That(emulator.Store.Leads, Is.Empty);
    }

    [Test]
    public async Task Describe_marks_the_MSI_fields_read_only_and_has_no_relativeScoring()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var fields = MarketoTestClient.Results(await client.GetAsync("rest/v1/leads/describe.json"));

        var byName = fields.ToDictionary(f => f!["rest"]!["name"]!.GetValue<string>(), f => f!["rest"]!["readOnly"]!.GetValue<bool>());
        Assert.That(byName["msiLastInterestingMomentDate"], Is.True);
        Assert.That(byName["email"], Is.False);
        Assert.That(byName.ContainsKey("relativeScoring"), Is.False);
        Assert.That(fields[0]!["id"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
    }
}
