using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Loopback;

/// <summary>Each error class of marketo.md §5.2/§5.3, provoked in the emulator and met by the client.</summary>
public sealed class ErrorClassLoopbackTests
{
    [Test]
    public async Task A_token_expiring_between_two_calls_of_a_batch_is_renewed_and_no_record_is_lost()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await EmulatorHarness.StartAsync(
            e => { e.TimeProvider = clock; e.TokenLifetime = TimeSpan.FromMinutes(5); },
            c => { c.BatchSize = 2; c.MaxConcurrentCalls = 1; },
            spy => spy.AfterRestResponse = n => { if (n == 1) { clock.Advance(TimeSpan.FromMinutes(6)); } });

        var result = await h.Client.Companies.SyncAsync(Companies(6));

        Assert.That(result.Records, Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.Created));
        Assert.That(h.Traffic.CallsWithCode("602"), Is.EqualTo(1));
        Assert.That(h.Traffic.CallsWithCode("601"), Is.Zero);
        Assert.That(h.Traffic.IdentityCalls, Is.EqualTo(2));
        Assert.That(h.Emulator.Store.Companies, Has.Count.EqualTo(6));
    }

    [Test]
    public async Task A_606_storm_is_waited_out_and_every_record_arrives_once()
    {
        await using var h = await EmulatorHarness.StartAsync(
            e => { e.Faults.Seed = 7; e.Faults.ErrorRates["606"] = 0.5; },
            c => { c.BatchSize = 1; c.MaxRetryAttempts = 10; c.RateWindow = TimeSpan.FromMilliseconds(50); });

        var result = await h.Client.Companies.SyncAsync(Companies(12));

        Assert.That(h.Traffic.CallsWithCode("606"), Is.GreaterThan(0));
        Assert.That(result.Call.IsSuccess, Is.True, result.Call.ToString());
        Assert.That(result.Records, Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.Created));
        Assert.That(h.Emulator.Store.Companies, Has.Count.EqualTo(12));
    }

    [Test]
    public async Task Parallel_pushes_over_Marketos_concurrency_limit_meet_615_and_are_retried()
    {
        // Marketo holds each call for its latency on a fake clock, so calls overlap however loaded the machine is;
        // the test lets time pass only once a third call has been refused while two were held.
        var clock = new TimerWatchingTimeProvider(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var latency = TimeSpan.FromMilliseconds(40);
        await using var h = await EmulatorHarness.StartAsync(
            // Marketo counts refused calls in its rate window too; this test is about concurrency only.
            e => { e.TimeProvider = clock; e.MaxConcurrentCalls = 2; e.CallsPerWindow = 100_000; e.Faults.Latency = latency; },
            c => { c.BatchSize = 1; c.MaxConcurrentCalls = 6; c.MaxRetryAttempts = 10; });

        var pushes = Task.WhenAll(
            h.Client.Companies.SyncAsync(Companies(10, "x")),
            h.Client.Companies.SyncAsync(Companies(10, "y")));
        await clock.NextTimerAsync();
        await clock.NextTimerAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (h.Traffic.CallsWithCode("615") == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "a third call in flight is refused with 615");
            await Task.Delay(5);
        }

        clock.Fake.Advance(latency);
        while (!pushes.IsCompleted)
        {
            var held = clock.NextTimerAsync();
            if (await Task.WhenAny(pushes, held) == held)
            {
                clock.Fake.Advance(await held);
            }
        }

        Assert.That(h.Traffic.CallsWithCode("615"), Is.GreaterThan(0));
        Assert.That((await pushes).SelectMany(p => p.Records), Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.Created));
        Assert.That(h.Emulator.Store.Companies, Has.Count.EqualTo(20));
    }

    [Test]
    public async Task The_daily_quota_running_out_mid_run_stops_pushing_and_leaves_the_rest_retryable()
    {
        await using var h = await EmulatorHarness.StartAsync(
            e => e.DailyQuota = 3,
            c => { c.BatchSize = 1; c.MaxConcurrentCalls = 1; });

        var result = await h.Client.Companies.SyncAsync(Companies(6));
        var later = await h.Client.Leads.GetByIdsAsync([1], ["id"]);

        Assert.That(result.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.QuotaExhausted));
        Assert.That(result.Call.Code, Is.EqualTo("607"));
        Assert.That(result.Call.ResetsAt, Is.GreaterThan(DateTimeOffset.UtcNow).And.LessThanOrEqualTo(DateTimeOffset.UtcNow.AddDays(1)));
        Assert.That(result.Call.Quota!.ExhaustedByMarketo, Is.True);
        Assert.That(result.Records.Take(3), Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.Created));
        Assert.That(result.Records.Skip(3), Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.NotSent && o.IsRetryable));
        Assert.That(later.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.QuotaExhausted));
        Assert.That(h.Traffic.CallsWithCode("607"), Is.EqualTo(1), "after the first 607 nothing more is sent");
    }

    [Test]
    public async Task In_a_batch_with_rejected_records_the_others_succeed_and_learn_their_ids()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var result = await h.Client.Leads.SyncAsync(
        [
            new MarketoLead(TestRecordIds.Of("c-1"), null, "one@example.com"),
            new MarketoLead(TestRecordIds.Of("c-2"), 999_999, "gone@example.com"),
            new MarketoLead(TestRecordIds.Of("c-3"), null, "three@example.com", new Dictionary<string, object?> { ["favouriteColour"] = "teal" }),
            new MarketoLead(TestRecordIds.Of("c-4"), null, "four@example.com"),
        ]);

        Assert.That(result.Call.IsSuccess, Is.True);
        Assert.That(result.Records[1].ToString(), Is.EqualTo("Skipped 1004: Lead not found"));
        Assert.That(result.Records[2].Code, Is.EqualTo("1006"));
        var ids = new[] { result.Records[0].MarketoId, result.Records[3].MarketoId };
        Assert.That(ids, Is.EquivalentTo(h.Emulator.Store.Leads.Select(l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(h.Emulator.Store.Leads.Single(l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == ids[0]).ExternalPersonId, Is.EqualTo(TestRecordIds.Text("c-1")));
    }

    [Test]
    public async Task Access_denied_by_wrong_credentials_stops_the_run()
    {
        await using var h = await EmulatorHarness.StartAsync(e => e.ClientSecret = "a-different-secret");

        var result = await h.Client.Companies.SyncAsync(Companies(2));

        Assert.That(result.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(result.Call.Message, Does.Contain("Marketo:ClientSecret"));
        Assert.That(h.Emulator.Store.Companies, Is.Empty);
    }

    internal static List<MarketoCompany> Companies(int count, string prefix = "a") =>
        [.. Enumerable.Range(0, count).Select(i => new MarketoCompany(TestRecordIds.Of($"{prefix}-{i}"), $"Company {prefix}{i}"))];
}
