using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Tests.Marketo.Limits;

/// <summary>The client stops pushing before the quota is gone, and the day ends at 00:00 America/Chicago.</summary>
public sealed class DailyQuotaCounterTests
{
    [TestCase("2026-01-15T05:59:00Z", "2026-01-15T06:00:00Z", TestName = "In winter the quota resets at 06:00 UTC (CST)")]
    [TestCase("2026-01-15T06:00:00Z", "2026-01-16T06:00:00Z")]
    [TestCase("2026-07-15T12:00:00Z", "2026-07-16T05:00:00Z", TestName = "In summer the quota resets at 05:00 UTC (CDT)")]
    [TestCase("2026-03-08T12:00:00Z", "2026-03-09T05:00:00Z", TestName = "On the day clocks spring forward the next reset is CDT")]
    public void The_quota_resets_at_midnight_in_Chicago(string now, string reset) =>
        Assert.That(QuotaDay.NextReset(DateTimeOffset.Parse(now)), Is.EqualTo(DateTimeOffset.Parse(reset)));

    [Test]
    public void Pushes_stop_at_the_reserve_while_reads_may_use_it()
    {
        var counter = Counter(quota: 5, reserve: 2, new FakeTimeProvider(DateTimeOffset.Parse("2026-01-15T12:00:00Z")));

        var pushes = Enumerable.Range(0, 5).Count(_ => counter.TryAcquire(MarketoOperationKind.Upsert));
        var reads = Enumerable.Range(0, 5).Count(_ => counter.TryAcquire(MarketoOperationKind.Read));

        Assert.That((pushes, reads), Is.EqualTo((3, 2)));
        Assert.That(counter.Snapshot().RemainingForReads, Is.Zero);
    }

    [Test]
    public void Calls_Marketo_does_not_count_are_given_back()
    {
        var counter = Counter(quota: 2, reserve: 0, new FakeTimeProvider());

        counter.TryAcquire(MarketoOperationKind.Upsert);
        counter.Refund();

        Assert.That(counter.Snapshot().Used, Is.Zero);
    }

    [Test]
    public void A_607_closes_the_day_until_midnight_in_Chicago()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-15T12:00:00Z"));
        var counter = Counter(quota: 100, reserve: 10, time);

        counter.MarkExhaustedByMarketo();
        var refusedBefore = !counter.TryAcquire(MarketoOperationKind.Read);
        time.SetUtcNow(DateTimeOffset.Parse("2026-01-16T06:00:00Z"));
        var allowedAfter = counter.TryAcquire(MarketoOperationKind.Upsert);

        Assert.That((refusedBefore, allowedAfter), Is.EqualTo((true, true)));
        Assert.That(counter.Snapshot().ResetsAt, Is.EqualTo(DateTimeOffset.Parse("2026-01-17T06:00:00Z")));
    }

    private static DailyQuotaCounter Counter(long quota, long reserve, TimeProvider time) =>
        new(Options.Create(new MarketoOptions { DailyQuota = quota, DailyQuotaReserve = reserve }), time);
}
