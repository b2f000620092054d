using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.WriteBack;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>The write-back's memory of activities it could not place: each id taken once, for an hour, and bounded.</summary>
public sealed class UnplacedPersonsTests
{
    [Test]
    public void A_remembered_lead_is_taken_once()
    {
        var unplaced = new UnplacedPersons(new FakeTimeProvider());
        unplaced.Remember([41, 42]);

        Assert.That((unplaced.Take(41), unplaced.Take(41), unplaced.Take(43), unplaced.Count), Is.EqualTo((true, false, false, 1)));
    }

    [Test]
    public void A_lead_remembered_longer_than_its_lifetime_is_not_taken()
    {
        var time = new FakeTimeProvider();
        var unplaced = new UnplacedPersons(time);
        unplaced.Remember([41, 42]);
        time.Advance(UnplacedPersons.Lifetime - TimeSpan.FromSeconds(1));
        var inTime = unplaced.Take(41);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.That((inTime, unplaced.Take(42), unplaced.Count), Is.EqualTo((true, false, 0)));
    }

    [Test]
    public void A_full_memory_starts_over_rather_than_grow()
    {
        var unplaced = new UnplacedPersons(new FakeTimeProvider());
        unplaced.Remember(Enumerable.Range(1, UnplacedPersons.Capacity).Select(i => (long)i));
        unplaced.Remember([UnplacedPersons.Capacity + 1L]);

        Assert.That((unplaced.Count, unplaced.Take(1), unplaced.Take(UnplacedPersons.Capacity + 1L)), Is.EqualTo((1, false, true)));
    }
}
