using System.Net;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Marketo.Push;

/// <summary>Callers pass any number of records; the client splits, de-duplicates and maps every fate back.</summary>
public sealed class MarketoClientBatchingTests
{
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [Test]
    public async Task Seven_hundred_companies_go_in_calls_of_at_most_300_and_each_learns_its_id()
    {
        var stub = new StubMarketoHandler(EchoCreated);
        await using var harness = MarketoClientHarness.Create(Base, stub);
        var companies = Enumerable.Range(0, 700).Select(i => new MarketoCompany(TestRecordIds.Of($"acc-{i}"), $"Company {i}")).ToList();

        var result = await harness.Client.Companies.SyncAsync(companies);

        Assert.That(stub.RestRequests.Select(r => Input(r).Count).Order(), Is.EqualTo(new[] { 100, 300, 300 }));
        Assert.That(result.Records.Select(o => o.MarketoId), Is.EqualTo(companies.Select(c => $"id-of-{c.ExternalCompanyId}")));
        Assert.That(stub.RestRequests, Has.All.Matches<RecordedRequest>(r => r.Path == "/rest/v1/companies.json"));
    }

    [Test]
    public async Task Within_a_batch_the_latest_record_of_a_key_wins()
    {
        var stub = new StubMarketoHandler(EchoCreated);
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.Companies.SyncAsync(
            [new MarketoCompany(TestRecordIds.Of("acc-1"), "Old name"), new MarketoCompany(TestRecordIds.Of("acc-2"), "Other"), new MarketoCompany(Upper("acc-1"), "New name")]);

        var sent = Input(stub.RestRequests.Single());
        Assert.That(sent.Select(n => (string)n!["company"]!), Is.EqualTo(new[] { "Other", "New name" }));
        Assert.That(result.Records.Select(r => r.Status),
            Is.EqualTo(new[] { MarketoRecordStatus.Superseded, MarketoRecordStatus.Created, MarketoRecordStatus.Created }));
    }

    [Test]
    public async Task A_rejected_record_does_not_fail_its_batch()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results(
            """{"seq":0,"status":"created","marketoGUID":"g0"}""",
            """{"seq":1,"status":"skipped","reasons":[{"code":"1003","message":"Lead not found for leadId 9"}]}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.OpportunityRoles.SyncAsync(
            [new MarketoOpportunityRole(new(TestRecordIds.Of("opp-1"), 1, "Decision Maker")), new MarketoOpportunityRole(new(TestRecordIds.Of("opp-1"), 9, "Influencer"))]);

        Assert.That(result.Call.IsSuccess, Is.True);
        Assert.That(result.Records[0], Is.EqualTo(MarketoOutcome.Created("g0")));
        Assert.That(result.Records[1].ToString(), Is.EqualTo("Skipped 1003: Lead not found for leadId 9"));
    }

    [Test]
    public async Task A_whole_call_refusal_reaches_every_record_of_that_call()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Error("709", "Business rule violation"));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.Companies.SyncAsync([new MarketoCompany(TestRecordIds.Of("a"), "A"), new MarketoCompany(TestRecordIds.Of("b"), "B")]);

        Assert.That(result.Call.IsSuccess, Is.True);
        Assert.That(result.Records, Has.All.Matches<MarketoOutcome>(o => o.Code == "709" && !o.IsRetryable));
    }

    [TestCase(HttpStatusCode.BadGateway)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    public async Task A_gateway_error_is_retried(HttpStatusCode status)
    {
        var calls = 0;
        var stub = new StubMarketoHandler(r => Interlocked.Increment(ref calls) == 1 ? StubResponse.Http(status) : EchoCreated(r));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.Companies.SyncAsync([new MarketoCompany(TestRecordIds.Of("a"), "A")]);

        Assert.That(result.Records[0].Status, Is.EqualTo(MarketoRecordStatus.Created));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task A_failure_outlasting_the_retries_leaves_every_record_retryable()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Dropped());
        await using var harness = MarketoClientHarness.Create(Base, stub, o => o.MaxRetryAttempts = 2);

        var result = await harness.Client.Companies.SyncAsync([new MarketoCompany(TestRecordIds.Of("a"), "A")]);

        Assert.That(result.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.RetryLater));
        Assert.That(result.Call.RetryAfter, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(result.Records[0].Status, Is.EqualTo(MarketoRecordStatus.NotSent));
        Assert.That(stub.RestRequests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Access_denied_stops_the_run_with_Marketos_code_and_message()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Error("603", "Access denied"));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.Companies.SyncAsync([new MarketoCompany(TestRecordIds.Of("a"), "A")]);

        Assert.That(result.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That((result.Call.Code, result.Call.Message), Is.EqualTo(("603", "companies.sync (POST rest/v1/companies.json): Access denied")));
        Assert.That(stub.RestRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Deletes_send_only_the_keys_and_treat_already_gone_as_deleted()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results(
            """{"seq":0,"status":"deleted","marketoGUID":"g"}""",
            """{"seq":1,"status":"skipped","reasons":[{"code":"1013","message":"Record not found"}]}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.OpportunityRoles.DeleteAsync([new(TestRecordIds.Of("opp-1"), 1, "Champion"), new(TestRecordIds.Of("opp-1"), 2, "Champion")]);

        var body = JsonNode.Parse(stub.RestRequests.Single().Body)!;
        Assert.That((string?)body["deleteBy"], Is.EqualTo("dedupeFields"));
        Assert.That(body["input"]![0]!.ToJsonString(), Is.EqualTo($$"""{"externalOpportunityId":"{{TestRecordIds.Text("opp-1")}}","leadId":1,"role":"Champion"}"""));
        Assert.That(result.Records.Select(r => r.Succeeded), Is.EqualTo(new[] { true, true }));
    }

    internal static JsonArray Input(RecordedRequest request) => JsonNode.Parse(request.Body)!["input"]!.AsArray();

    /// <summary>The id named <paramref name="label"/>, read from its text in upper case and braces.</summary>
    private static RecordId Upper(string label) => RecordId.From("{" + TestRecordIds.Text(label).ToUpperInvariant() + "}", label);

    /// <summary>Answers a company sync with "created" for every input, id derived from its key.</summary>
    private static StubResponse EchoCreated(RecordedRequest request) => StubResponse.Results(
        [.. Input(request).Select((n, i) => $$"""{"seq":{{i}},"status":"created","id":"id-of-{{(string)n!["externalCompanyId"]!}}"}""")]);
}
