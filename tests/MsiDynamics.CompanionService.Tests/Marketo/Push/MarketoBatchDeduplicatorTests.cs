using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Push;

namespace MsiDynamics.CompanionService.Tests.Marketo.Push;

/// <summary>Decision 5: never the same key twice in one batch; the latest intent wins.</summary>
public sealed class MarketoBatchDeduplicatorTests
{
    [TestCase(new[] { "a", "b", "a" }, new[] { false, true, true })]
    [TestCase(new[] { "a", "A" }, new[] { false, true }, TestName = "Keys differing only in case are the same key")]
    [TestCase(new[] { "a", "b", "c" }, new[] { true, true, true })]
    [TestCase(new string[0], new bool[0])]
    public void Only_the_last_record_of_each_key_is_kept(string[] keys, bool[] kept) =>
        Assert.That(MarketoBatchDeduplicator.LatestWins(keys, k => k, StringComparer.OrdinalIgnoreCase), Is.EqualTo(kept));

    [Test]
    public void Earlier_duplicates_are_superseded_with_a_reason_naming_the_key()
    {
        var keys = new[] { "x", "y", "x" };
        var selection = MarketoBatchDeduplicator.Supersede(keys, [0, 1, 2], k => k, "externalCompanyId");

        Assert.That(selection.Survivors, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(selection.Superseded.Select(d => d.Index), Is.EqualTo(new[] { 0 }));
        Assert.That(selection.Superseded[0].Outcome.Status, Is.EqualTo(MarketoRecordStatus.Superseded));
        Assert.That(selection.Superseded[0].Outcome.Message, Does.Contain("externalCompanyId"));
    }

    [Test]
    public void Records_without_a_key_are_kept_for_another_rule_to_decide()
    {
        string?[] keys = [null, null, "a"];

        Assert.That(MarketoBatchDeduplicator.LatestWins(keys, k => k), Is.EqualTo(new[] { true, true, true }));
    }
}
