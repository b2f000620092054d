using MsiDynamics.CompanionService.Dataverse.DrainLease;

namespace MsiDynamics.CompanionService.Tests.Dataverse.DrainLease;

/// <summary>The lease row's <c>msi_value</c>, "&lt;expiry&gt; &lt;holder&gt;" (dataverse.md §0.10).</summary>
public sealed class DrainLeaseValueTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_written_value_reads_back_as_the_same_holder_and_expiry_cut_to_the_millisecond()
    {
        var written = DrainLeaseValue.Of("host a/42", Now.AddTicks(12_345_678));

        var read = DrainLeaseValue.Parse(written.ToString());

        Assert.That(written.ToString(), Is.EqualTo("2026-03-02T09:00:01.234Z host a/42"));
        Assert.That(read, Is.EqualTo(written));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("worker-1")]
    [TestCase("2026-03-02T09:05:00.000Z")]
    [TestCase("tomorrow worker-1")]
    public void A_value_that_does_not_read_as_expiry_and_holder_is_a_lease_anyone_may_claim(string? value) =>
        Assert.That(DrainLeaseValue.Parse(value).IsClaimableBy("worker-2", Now), Is.True);

    [Test]
    public void A_lease_held_by_another_worker_is_claimable_only_from_its_expiry_on_and_always_by_its_holder()
    {
        var held = DrainLeaseValue.Parse("2026-03-02T09:01:00.000Z worker-1");

        Assert.That(
            (held.IsClaimableBy("worker-2", Now.AddSeconds(59.999)), held.IsClaimableBy("worker-2", Now.AddSeconds(60)), held.IsClaimableBy("worker-1", Now)),
            Is.EqualTo((false, true, true)));
    }
}
