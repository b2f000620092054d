using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Loopback;

/// <summary>
/// Acceptance: with the client's limits equal to Marketo's, the emulator — which measures every sliding
/// window exactly, on the client's fake clock — never sees more calls or concurrency than allowed, and so never
/// answers 606 or 615 (marketo.md §5.1).
/// And nothing secret reaches a log line.
/// </summary>
public sealed class LimitAcceptanceTests
{
    [Test]
    public async Task Under_a_window_the_client_never_exceeds_its_calls_or_concurrency()
    {
        // Client and emulator share one fake clock, which moves only here: whenever the client waits for its window,
        // exactly that wait passes. A permit comes back one window after its call was answered, so how many calls a
        // moment lets out depends on when the client saw its answers; the guarantees below hold whatever that is.
        var start = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
        var clock = new TimerWatchingTimeProvider(start);
        var window = TimeSpan.FromSeconds(2);
        await using var h = await EmulatorHarness.StartAsync(
            e => { e.TimeProvider = clock; e.CallsPerWindow = 10; e.RateWindow = window; e.MaxConcurrentCalls = 3; },
            c => { c.CallsPer20Seconds = 10; c.RateWindow = window; c.MaxConcurrentCalls = 3; c.BatchSize = 1; },
            clientTime: clock);

        var pushes = Task.WhenAll(
            h.Client.Companies.SyncAsync(ErrorClassLoopbackTests.Companies(13, "x")),
            h.Client.Companies.SyncAsync(ErrorClassLoopbackTests.Companies(13, "y")));
        while (await Task.WhenAny(pushes, clock.NextTimerAsync()) is Task<TimeSpan> timer)
        {
            clock.Fake.Advance(await timer);
        }

        Assert.That((await pushes).SelectMany(p => p.Records), Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.Created));
        Assert.That(h.Traffic.MaxCallsInAnyWindow, Is.LessThanOrEqualTo(10));
        Assert.That(h.Traffic.PeakConcurrency, Is.LessThanOrEqualTo(3));
        Assert.That(h.Traffic.CallsWithCode("606") + h.Traffic.CallsWithCode("615"), Is.Zero);
        Assert.That((h.Traffic.TotalCalls - h.Traffic.IdentityCalls, h.Traffic.IdentityCalls), Is.EqualTo((26, 1)));
        Assert.That(clock.GetUtcNow() - start, Is.GreaterThanOrEqualTo(2 * window), "27 calls at 10 a window take two windows at least");
    }

    [Test]
    public async Task No_secret_or_token_reaches_a_log_line_or_an_outcome()
    {
        await using var h = await EmulatorHarness.StartAsync(
            e => { e.Faults.Seed = 3; e.Faults.ErrorRates["606"] = 0.3; e.Faults.ErrorRates["502"] = 0.2; },
            c => { c.BatchSize = 1; c.MaxRetryAttempts = 10; c.RateWindow = TimeSpan.FromMilliseconds(50); });

        var result = await h.Client.Leads.SyncAsync([new(TestRecordIds.Of("c-1"), null, "one@example.com"), new(TestRecordIds.Of("c-2"), null, "two@example.com")]);
        var read = await h.Client.Leads.GetByExternalPersonIdsAsync([TestRecordIds.Of("c-1")], ["id"]);

        var seen = string.Join("\n", h.ClientHarness.Logs.All, result, result.Call.Message, string.Join("\n", result.Records), read);
        Assert.That(h.Tokens.BearerTokens, Is.Not.Empty);
        Assert.That(h.ClientHarness.Logs.Lines, Is.Not.Empty);
        Assert.That(seen, Does.Not.Contain(MarketoClientHarness.ClientSecret));
        foreach (var token in h.Tokens.BearerTokens.Distinct())
        {
            Assert.That(seen, Does.Not.Contain(token));
        }

        Assert.That(h.Tokens.QueryStrings, Has.None.Contains("access_token"));
    }
}
