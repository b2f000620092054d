using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Marketo.Identity;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Identity;

/// <summary>
/// Decision 1: the process shares one access token, and one refresh at a time serves every caller waiting for it.
/// Each test holds Marketo's answers until all callers are lined up, so the callers really do overlap. The first
/// test calls the cache itself: pushes reach it from the thread pool, so only direct calls are sure to be waiting
/// on one identity answer together.
/// </summary>
public sealed class TokenRefreshSharingTests
{
    private const int Callers = 6;
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [Test]
    public async Task Callers_that_all_need_the_first_token_at_once_cause_one_identity_call_and_share_its_token()
    {
        var identityAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stub = new StubMarketoHandler(_ => StubResponse.Results("""{"seq":0,"status":"updated","id":1}"""));
        await using var harness = Create(stub, (request, _) =>
            HoldingHandler.IsIdentity(request) ? identityAnswers.Task.WaitAsync(HoldingHandler.Deadline) : Task.CompletedTask);
        var cache = harness.Services.GetRequiredService<MarketoTokenCache>();

        var callers = Enumerable.Range(0, Callers).Select(_ => cache.GetAsync(CancellationToken.None)).ToList();
        identityAnswers.SetResult();
        var results = await Task.WhenAll(callers).WaitAsync(HoldingHandler.Deadline);

        Assert.That(stub.TokensIssued, Is.EqualTo(1));
        Assert.That(results.Select(r => r.Token?.Value), Has.All.EqualTo("stub-token-1:ab"));
    }

    [Test]
    public async Task Callers_all_refused_with_601_for_the_same_token_cause_one_refresh_even_when_some_hear_it_after_the_new_token()
    {
        // Every caller sends the first token; the first refusal is answered at once, the others only after the new
        // token is in use, so they report an already replaced token (MarketoTokenCache.Invalidate).
        var allSentFirstToken = HoldingHandler.Barrier(Callers);
        var secondTokenInUse = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var refusals = 0;
        var stub = new StubMarketoHandler(r => r.Authorization == "Bearer stub-token-1:ab"
            ? StubResponse.Error("601", "Access token invalid")
            : StubResponse.Results("""{"seq":0,"status":"updated","id":1}"""));
        await using var harness = Create(stub, async (request, _) =>
        {
            switch (HoldingHandler.Bearer(request))
            {
                case "stub-token-1:ab":
                    await allSentFirstToken();
                    if (Interlocked.Increment(ref refusals) > 1)
                    {
                        await secondTokenInUse.Task.WaitAsync(HoldingHandler.Deadline);
                    }

                    break;
                case not null:
                    secondTokenInUse.TrySetResult();
                    break;
            }
        });

        var pushes = Enumerable.Range(0, Callers)
            .Select(i => harness.Client.SalesPersons.SyncAsync([new MarketoSalesPerson(TestRecordIds.Of($"u{i}"), $"u{i}@example.com")])).ToList();
        var results = await Task.WhenAll(pushes).WaitAsync(HoldingHandler.Deadline);

        Assert.That(results.Select(r => r.Call.IsSuccess), Has.All.True);
        Assert.That(stub.TokensIssued, Is.EqualTo(2), "one token at first, one refresh after the refusals");
        Assert.That(stub.RestRequests.Count(r => r.Authorization == "Bearer stub-token-2:ab"), Is.EqualTo(Callers));
    }

    private static MarketoClientHarness Create(StubMarketoHandler stub, Func<HttpRequestMessage, CancellationToken, Task> hold) =>
        MarketoClientHarness.Create(Base, stub, o => o.MaxConcurrentCalls = Callers, extraHandler: () => new HoldingHandler(hold));
}
