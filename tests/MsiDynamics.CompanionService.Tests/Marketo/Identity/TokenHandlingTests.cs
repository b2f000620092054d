using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Identity;

/// <summary>Decision 1: bearer header only; refresh under 60 s left; one re-authentication on 601/602.</summary>
public sealed class TokenHandlingTests
{
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [Test]
    public async Task The_token_travels_only_in_the_Authorization_header()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results("""{"seq":0,"status":"created","id":1}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        await harness.Client.SalesPersons.SyncAsync([new MarketoSalesPerson(TestRecordIds.Of("u1"), "u1@example.com")]);
        await harness.Client.Leads.GetByExternalPersonIdsAsync([TestRecordIds.Of("p1")], ["id"]);

        Assert.That(stub.RestRequests, Has.Count.EqualTo(2));
        Assert.That(stub.RestRequests, Has.All.Matches<RecordedRequest>(r =>
            r.Authorization == "Bearer stub-token-1:ab" && !r.PathAndQuery.Contains("access_token") && !r.Body.Contains("access_token")));
    }

    [Test]
    public async Task One_token_is_shared_until_less_than_60_seconds_remain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-15T12:00:00Z"));
        var stub = new StubMarketoHandler(_ => StubResponse.Results("""{"seq":0,"status":"updated","id":1}""")) { TokenLifetimeSeconds = 100 };
        await using var harness = MarketoClientHarness.Create(Base, stub, time: time);
        var person = new MarketoSalesPerson(TestRecordIds.Of("u1"), "u1@example.com");

        await harness.Client.SalesPersons.SyncAsync([person]);
        time.Advance(TimeSpan.FromSeconds(39));
        await harness.Client.SalesPersons.SyncAsync([person]);
        var before = stub.TokensIssued;
        time.Advance(TimeSpan.FromSeconds(2));
        await harness.Client.SalesPersons.SyncAsync([person]);

        Assert.That((before, stub.TokensIssued), Is.EqualTo((1, 2)));
        Assert.That(stub.RestRequests[^1].Authorization, Is.EqualTo("Bearer stub-token-2:ab"));
    }

    [TestCase("602", "Access token expired")]
    [TestCase("601", "Access token invalid")]
    public async Task An_expired_or_invalid_token_is_replaced_once_and_the_call_retried(string code, string message)
    {
        var stub = new StubMarketoHandler(r => r.Authorization == "Bearer stub-token-1:ab"
            ? StubResponse.Error(code, message)
            : StubResponse.Results("""{"seq":0,"status":"created","id":45}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.SalesPersons.SyncAsync([new MarketoSalesPerson(TestRecordIds.Of("u1"), "u1@example.com")]);

        Assert.That(result.Call.IsSuccess, Is.True);
        Assert.That(result.Records[0], Is.EqualTo(MarketoOutcome.Created("45")));
        Assert.That((stub.TokensIssued, stub.RestRequests.Count), Is.EqualTo((2, 2)));
    }

    [Test]
    public async Task A_fresh_token_refused_again_stops_the_run_instead_of_looping()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Error("601", "Access token invalid"));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var result = await harness.Client.SalesPersons.SyncAsync([new MarketoSalesPerson(TestRecordIds.Of("u1"), "u1@example.com")]);

        Assert.That(result.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(result.Call.Code, Is.EqualTo("601"));
        Assert.That(result.Records[0].Status, Is.EqualTo(MarketoRecordStatus.NotSent));
        Assert.That(stub.TokensIssued, Is.EqualTo(2));
    }
}
