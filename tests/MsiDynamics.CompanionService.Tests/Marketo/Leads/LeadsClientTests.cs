using System.Text.Json.Nodes;
using System.Web;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Tests.Marketo.Push;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Marketo.Leads;

/// <summary>Decision 3 (how a person is upserted), Decision 2 (reads by form body) and Decision 8 (MSI fields).</summary>
public sealed class LeadsClientTests
{
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [Test]
    public async Task Known_leads_go_updateOnly_by_id_and_new_ones_createOrUpdate_by_email()
    {
        var stub = new StubMarketoHandler(r => StubResponse.Results(
            [.. MarketoClientBatchingTests.Input(r).Select((_, i) => $$"""{"id":{{100 + i}},"status":"updated"}""")]));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.Leads.SyncAsync(
        [
            new MarketoLead(TestRecordIds.Of("p-new"), null, "new@example.com", new Dictionary<string, object?> { ["firstName"] = "Ann" }),
            new MarketoLead(TestRecordIds.Of("p-known"), 42, "known@example.com"),
        ]);

        var bodies = stub.RestRequests.Select(r => JsonNode.Parse(r.Body)!).ToDictionary(b => (string)b["lookupField"]!);
        Assert.That((string?)bodies["id"]["action"], Is.EqualTo("updateOnly"));
        Assert.That(bodies["id"]["input"]!.ToJsonString(), Is.EqualTo($$"""[{"id":42,"email":"known@example.com","externalPersonId":"{{TestRecordIds.Text("p-known")}}"}]"""));
        Assert.That((string?)bodies["email"]["action"], Is.EqualTo("createOrUpdate"));
        Assert.That(bodies["email"]["input"]!.ToJsonString(),
            Is.EqualTo($$"""[{"email":"new@example.com","externalPersonId":"{{TestRecordIds.Text("p-new")}}","firstName":"Ann"}]"""));
        Assert.That(result.Records, Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.Updated));
    }

    [Test]
    public async Task A_new_person_without_an_email_address_is_not_pushed()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results("""{"id":1,"status":"created"}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.Leads.SyncAsync([new MarketoLead(TestRecordIds.Of("p-1"), null, " "), new MarketoLead(TestRecordIds.Of("p-2"), null, "b@example.com")]);

        Assert.That(result.Records[0].Status, Is.EqualTo(MarketoRecordStatus.Skipped));
        Assert.That(result.Records[0].Message, Does.StartWith("No e-mail address"));
        Assert.That(result.Records[1].Status, Is.EqualTo(MarketoRecordStatus.Created));
        Assert.That(MarketoClientBatchingTests.Input(stub.RestRequests.Single()), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Two_new_people_with_one_address_are_not_sent_in_the_same_batch()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results("""{"id":1,"status":"created"}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.Leads.SyncAsync([new MarketoLead(TestRecordIds.Of("lead-1"), null, "Same@Example.com"), new MarketoLead(TestRecordIds.Of("contact-1"), null, "same@example.com")]);

        Assert.That(result.Records.Select(r => r.Status), Is.EqualTo(new[] { MarketoRecordStatus.Superseded, MarketoRecordStatus.Created }));
        Assert.That(result.Records[0].Message, Is.EqualTo($"Dynamics record {TestRecordIds.Of("contact-1")} has the same e-mail address and was sent "
            + "in its place: Marketo keeps one person per address. Merge the duplicates in Dynamics, or give each its own address."));
    }

    [Test]
    public async Task Reads_by_externalPersonId_post_a_form_body_with_300_values_a_call_and_both_score_names()
    {
        var stub = new StubMarketoHandler(r => StubResponse.Results(
            """{"id":7,"externalPersonId":"g-0","relativeScoring":3,"priority":"12","msiLastInterestingMomentDate":"2026-01-15T10:00:00Z"}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);
        var guids = Enumerable.Range(0, 301).Select(_ => RecordId.From(Guid.NewGuid(), "id")).ToList();

        var page = await harness.Client.Leads.GetByExternalPersonIdsAsync(guids, MarketoLeadFields.IdentityAndMsi);

        Assert.That(stub.RestRequests, Has.Count.EqualTo(2));
        var first = stub.RestRequests[0];
        var form = HttpUtility.ParseQueryString(first.Body);
        Assert.That((first.Method, first.PathAndQuery), Is.EqualTo(("POST", "/rest/v1/leads.json?_method=GET")));
        Assert.That(form["filterType"], Is.EqualTo("externalPersonId"));
        Assert.That(form["filterValues"]!.Split(','), Has.Length.EqualTo(300));
        Assert.That(form["fields"]!.Split(','), Does.Contain("relativeScore").And.Contain("relativeScoring").And.Contain("msiLastInterestingMomentType"));
        Assert.That(page.Items[0].ExternalPersonId, Is.EqualTo("g-0"), "a computed property must not swallow the field");
        Assert.That(page.Items[0].Msi, Is.EqualTo(new MarketoMsiValues(null, DateTimeOffset.Parse("2026-01-15T10:00:00Z"), null, null, 12, null, 3)));
    }

    [Test]
    public async Task A_lead_whose_externalPersonId_is_not_a_GUID_is_read_untyped_never_as_an_error()
    {
        var (known, other) = (TestRecordIds.Of("p-1"), TestRecordIds.Of("p-2"));
        var braced = "{" + other.ToString().ToUpperInvariant() + "}";
        var stub = new StubMarketoHandler(_ => StubResponse.Results(
            $$"""{"id":1,"externalPersonId":"{{known}}"}""", $$"""{"id":2,"externalPersonId":"{{braced}}"}""",
            """{"id":3,"externalPersonId":"CRM-0042"}""", """{"id":4}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Leads.GetByExternalPersonIdsAsync([known, other], MarketoLeadFields.Identity);

        Assert.That(HttpUtility.ParseQueryString(stub.RestRequests.Single().Body)["filterValues"], Is.EqualTo($"{known},{other}"));
        Assert.That(page.Call.IsSuccess, Is.True);
        Assert.That(page.Items.Select(l => l.PersonRecordId), Is.EqualTo(new RecordId?[] { known, other, null, null }));
        Assert.That(page.Items[2].ExternalPersonId, Is.EqualTo("CRM-0042"), "Marketo's answer is kept as it came");
    }

    [Test]
    public async Task A_read_follows_nextPageToken_until_moreResult_is_false()
    {
        var stub = new StubMarketoHandler(r => HttpUtility.ParseQueryString(r.Body)["nextPageToken"] is null
            ? StubResponse.Ok("""{"success":true,"moreResult":true,"nextPageToken":"PAGE2","result":[{"id":1}]}""")
            : StubResponse.Ok("""{"success":true,"result":[{"id":2}]}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Leads.GetByIdsAsync([1, 2], ["email"]);

        Assert.That(page.Items.Select(l => l.Id), Is.EqualTo(new[] { 1L, 2L }));
    }

    [Test]
    public async Task A_search_that_finds_nothing_is_an_empty_result()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Error("702", "No data found"));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Leads.GetByExternalPersonIdsAsync([TestRecordIds.Of("g")], ["id"]);

        Assert.That((page.Call.IsSuccess, page.Items.Count), Is.EqualTo((true, 0)));
    }
}
