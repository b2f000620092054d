using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Limits;

/// <summary>Decision 9 and the client's own quota count: stop pushing, say so, keep records retryable.</summary>
public sealed class QuotaOutcomeTests
{
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [Test]
    public async Task The_client_stops_pushing_at_the_reserve_and_says_when_the_quota_resets()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results("""{"seq":0,"status":"created","id":1}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub, o =>
        {
            o.DailyQuota = 5;
            o.DailyQuotaReserve = 2;
            o.BatchSize = 1;
            o.MaxConcurrentCalls = 1;
        });
        var companies = Enumerable.Range(0, 5).Select(i => new MarketoCompany(TestRecordIds.Of($"a{i}"), "A")).ToList();

        var result = await harness.Client.Companies.SyncAsync(companies);
        var read = await harness.Client.Leads.GetByIdsAsync([1], ["id"]);

        Assert.That(result.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.QuotaExhausted));
        Assert.That(result.Call.ResetsAt, Is.GreaterThan(DateTimeOffset.UtcNow));
        Assert.That(result.Call.Quota!.Used, Is.EqualTo(3));
        Assert.That(result.Records.Count(r => r.Status == MarketoRecordStatus.Created), Is.EqualTo(3));
        Assert.That(result.Records.Where(r => !r.Succeeded), Has.All.Matches<MarketoOutcome>(r => r.Status == MarketoRecordStatus.NotSent && r.IsRetryable));
        Assert.That(read.Call.IsSuccess, Is.True, "reads may use the reserve");
        Assert.That(stub.RestRequests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task Marketos_607_stops_every_further_call_until_the_reset()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Error("607", "Daily quota reached"));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var first = await harness.Client.Leads.SyncAsync([new MarketoLead(TestRecordIds.Of("p"), null, "p@example.com")]);
        var second = await harness.Client.Leads.GetByIdsAsync([1], ["id"]);

        Assert.That(first.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.QuotaExhausted));
        Assert.That(first.Call.Code, Is.EqualTo("607"));
        Assert.That(first.Records[0].IsRetryable, Is.True);
        Assert.That(second.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.QuotaExhausted));
        Assert.That(stub.RestRequests, Has.Count.EqualTo(1));
        Assert.That(harness.Client.Quota.ExhaustedByMarketo, Is.True);
    }
}
