using MsiDynamics.CompanionService.Sync.Completion;

namespace MsiDynamics.CompanionService.Tests.Sync.Completion;

public sealed class QueueBackoffTests
{
    private static QueueBackoff Backoff(int seed = 7) => new(new QueueRetryOptions(), new Random(seed));

    [Test]
    public void The_step_doubles_from_thirty_seconds_and_stops_at_one_hour()
    {
        var backoff = Backoff();

        var steps = Enumerable.Range(1, 10).Select(backoff.Ceiling).ToList();

        Assert.That(steps, Is.EqualTo(new[] { 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600 }.Select(s => TimeSpan.FromSeconds(s))));
    }

    [Test]
    public void Each_wait_lies_in_the_upper_half_of_its_step_so_waits_grow_until_the_cap()
    {
        var backoff = Backoff();

        for (var attempt = 1; attempt <= 12; attempt++)
        {
            var ceiling = backoff.Ceiling(attempt);
            for (var draw = 0; draw < 50; draw++)
            {
                Assert.That(backoff.Delay(attempt), Is.InRange(ceiling / 2, ceiling), $"attempt {attempt}");
            }
        }
    }

    [Test]
    public void Rows_that_failed_together_are_spread_over_the_step_not_returned_in_one_burst()
    {
        var backoff = Backoff();

        var waits = Enumerable.Range(0, 20).Select(_ => backoff.Delay(4)).Distinct().ToList();

        Assert.That(waits, Has.Count.GreaterThan(15));
    }

    [Test]
    public void The_same_seed_gives_the_same_waits()
    {
        var first = Backoff(42);
        var second = Backoff(42);

        Assert.That(Enumerable.Range(1, 8).Select(first.Delay), Is.EqualTo(Enumerable.Range(1, 8).Select(second.Delay)));
    }

    [Test]
    public void A_huge_attempt_count_still_waits_the_cap()
    {
        Assert.That(Backoff().Ceiling(int.MaxValue), Is.EqualTo(TimeSpan.FromHours(1)));
    }

    [TestCase(9, false)]
    [TestCase(10, true)]
    [TestCase(11, true)]
    public void The_tenth_push_is_the_last_by_default(int attempt, bool givesUp)
    {
        Assert.That(Backoff().GivesUpAfter(attempt), Is.EqualTo(givesUp));
    }
}
