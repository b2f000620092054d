using System.Web;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Tests.Marketo.Loopback;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Marketo.Queries;

/// <summary>
/// Sales persons, companies and opportunities read by external id (marketo.md §3.1–§3.5): found with Marketo's id,
/// absent when Marketo lacks them, 300 values a call, sent as <c>POST …?_method=GET</c> with a form body (Decision 2).
/// </summary>
public sealed class ExternalIdQueryTests
{
    [TestCase(MarketoObjectType.SalesPersons, "salespersons")]
    [TestCase(MarketoObjectType.Companies, "companies")]
    [TestCase(MarketoObjectType.Opportunities, "opportunities")]
    public async Task Records_Marketo_holds_are_found_with_their_Marketo_id_and_the_others_are_absent(object type, string resource)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var held = new[] { EmulatorSeeds.Seed(h.Emulator, (MarketoObjectType)type, "x-1"), EmulatorSeeds.Seed(h.Emulator, (MarketoObjectType)type, "x-2") };

        var page = await ReadAsync(h.Client, (MarketoObjectType)type, TestRecordIds.Of("x-1", "x-missing", "x-2"));

        Assert.That(page.Call.IsSuccess, Is.True, page.Call.ToString());
        Assert.That(page.Items, Is.EquivalentTo(new[]
        {
            new MarketoExternalIdMatch(TestRecordIds.Of("x-1"), MarketoId(held[0])),
            new MarketoExternalIdMatch(TestRecordIds.Of("x-2"), MarketoId(held[1])),
        }));
        Assert.That(page.Unreadable, Is.Empty);
        Assert.That(h.Traffic.RecordsByEndpoint[$"GET /rest/v1/{resource}.json"], Is.EqualTo(3), "a POST …?_method=GET is a query to Marketo");
    }

    [TestCase(MarketoObjectType.SalesPersons)]
    [TestCase(MarketoObjectType.Companies)]
    [TestCase(MarketoObjectType.Opportunities)]
    public async Task Over_300_ids_are_read_in_calls_of_300_and_found_in_every_call(object type)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var labels = Enumerable.Range(0, 650).Select(i => $"many-{i}").ToArray();
        foreach (var label in new[] { labels[0], labels[299], labels[300], labels[649] })
        {
            EmulatorSeeds.Seed(h.Emulator, (MarketoObjectType)type, label);
        }

        var page = await ReadAsync(h.Client, (MarketoObjectType)type, TestRecordIds.Of(labels));

        Assert.That(page.Call.IsSuccess, Is.True, "Marketo refuses more than 300 values in one call (1003)");
        Assert.That(page.Items.Select(m => m.ExternalId), Is.EquivalentTo(TestRecordIds.Of(labels[0], labels[299], labels[300], labels[649])));
        Assert.That(h.Tokens.QueryStrings, Has.Count.EqualTo(3), "300 + 300 + 50");
    }

    [Test]
    public async Task The_form_names_the_external_id_field_and_asks_only_for_the_two_ids()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results());
        await using var harness = MarketoClientHarness.Create(new Uri("https://123-ABC-456.mktorest.com"), stub);

        await harness.Client.Opportunities.GetByExternalIdsAsync(TestRecordIds.Of("o-1", "o-2"));

        var request = stub.RestRequests.Single();
        var form = HttpUtility.ParseQueryString(request.Body);
        Assert.That((request.Method, request.PathAndQuery), Is.EqualTo(("POST", "/rest/v1/opportunities.json?_method=GET")));
        Assert.That(form["filterType"], Is.EqualTo("externalOpportunityId"));
        Assert.That(form["filterValues"], Is.EqualTo($"{TestRecordIds.Text("o-1")},{TestRecordIds.Text("o-2")}"));
        Assert.That(form["fields"], Is.EqualTo("marketoGUID,externalOpportunityId"));
        Assert.That(request.Body, Does.Not.Contain("access_token"));
    }

    [Test]
    public async Task A_read_follows_nextPageToken_and_names_a_result_that_matches_no_Dynamics_row()
    {
        var (first, second) = (TestRecordIds.Of("s-1"), TestRecordIds.Of("s-2"));
        var stub = new StubMarketoHandler(r => HttpUtility.ParseQueryString(r.Body)["nextPageToken"] is null
            ? StubResponse.Ok($$"""{"success":true,"moreResult":true,"nextPageToken":"P2","result":[{"id":7,"externalSalesPersonId":"{{first}}"}]}""")
            : StubResponse.Results($$"""{"id":8,"externalSalesPersonId":"{{second.ToString().ToUpperInvariant()}}"}""", """{"id":9,"externalSalesPersonId":"CRM-9"}"""));
        await using var harness = MarketoClientHarness.Create(new Uri("https://123-ABC-456.mktorest.com"), stub);

        var page = await harness.Client.SalesPersons.GetByExternalIdsAsync([first, second]);

        Assert.That(page.Items, Is.EqualTo(new[] { new MarketoExternalIdMatch(first, "7"), new MarketoExternalIdMatch(second, "8") }));
        Assert.That(page.Unreadable.Single().Key, Is.EqualTo("9"));
    }

    [Test]
    public async Task A_failed_call_ends_the_read_with_its_outcome_and_what_earlier_calls_found()
    {
        var found = TestRecordIds.Of("c-0");
        var calls = 0;
        var stub = new StubMarketoHandler(_ => Interlocked.Increment(ref calls) == 1
            ? StubResponse.Results($$"""{"id":1,"externalCompanyId":"{{found}}"}""")
            : StubResponse.Error("603", "Access denied"));
        await using var harness = MarketoClientHarness.Create(new Uri("https://123-ABC-456.mktorest.com"), stub);

        var page = await harness.Client.Companies.GetByExternalIdsAsync([found, .. Enumerable.Range(1, 400).Select(i => TestRecordIds.Of($"c-{i}"))]);

        Assert.That(page.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(page.Call.Code, Is.EqualTo("603"));
        Assert.That(page.Items.Select(m => m.ExternalId), Is.EqualTo(new[] { found }));
    }

    private static string MarketoId(MarketoRecord record) => record["id"] ?? record["marketoGUID"]!;

    private static Task<MarketoPage<MarketoExternalIdMatch>> ReadAsync(MarketoClient client, MarketoObjectType type, IReadOnlyList<RecordId> ids) =>
        type switch
        {
            MarketoObjectType.SalesPersons => client.SalesPersons.GetByExternalIdsAsync(ids),
            MarketoObjectType.Companies => client.Companies.GetByExternalIdsAsync(ids),
            _ => client.Opportunities.GetByExternalIdsAsync(ids),
        };
}
