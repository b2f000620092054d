using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.CompanionService.Tests.Marketo.Loopback;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Sync.References;

/// <summary>
/// The reference check against Marketo (architecture.md §3.9): which referenced records Marketo holds, by external id,
/// and a read that did not succeed surfacing as its outcome rather than as "missing" or "existing".
/// </summary>
public sealed class MarketoReferenceCheckTests
{
    [TestCase(MarketoObjectType.SalesPersons)]
    [TestCase(MarketoObjectType.Companies)]
    [TestCase(MarketoObjectType.Leads)]
    [TestCase(MarketoObjectType.Opportunities)]
    public async Task Of_the_ids_asked_exactly_those_Marketo_holds_are_found(object type)
    {
        await using var h = await EmulatorHarness.StartAsync();
        foreach (var label in new[] { "held-1", "held-2", "not-asked" })
        {
            EmulatorSeeds.Seed(h.Emulator, (MarketoObjectType)type, label);
        }

        var found = await Check(h).FindExistingAsync((MarketoObjectType)type, TestRecordIds.Of("held-1", "missing", "held-2"), default);

        Assert.That(found, Is.EquivalentTo(TestRecordIds.Of("held-1", "held-2")));
    }

    [Test]
    public async Task A_read_refused_for_the_daily_quota_is_thrown_with_its_outcome_and_logged()
    {
        await using var h = await EmulatorHarness.StartAsync(e => e.Faults.ErrorRates["607"] = 1.0);

        var failure = Assert.ThrowsAsync<MarketoReadFailedException>(
            () => Check(h).FindExistingAsync(MarketoObjectType.Companies, [TestRecordIds.Of("a-1")], default));

        Assert.That(failure!.Outcome.Kind, Is.EqualTo(MarketoCallOutcomeKind.QuotaExhausted));
        Assert.That(h.ClientHarness.Logs.All, Does.Contain("[4111]"));
    }

    [Test]
    public async Task A_failed_check_leaves_the_closure_nothing_known_and_nothing_to_push_first()
    {
        var fence = new SwitchableFence { Open = false };
        await using var h = await EmulatorHarness.StartAsync(host: fence.Register);
        var (lead, account) = (new RecordKey("lead", TestRecordIds.Of("l-1")), new RecordKey("account", TestRecordIds.Of("a-1")));
        var dynamics = new StubDynamicsRows();
        dynamics.Add(account);
        var known = new KnownInMarketo();
        var closure = new ReferenceClosure(Check(h), dynamics, known);

        var failure = Assert.ThrowsAsync<MarketoReadFailedException>(
            () => closure.CloseAsync([new ReferringRecord(lead, [account])], default));

        Assert.That(failure!.Outcome.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(failure.Outcome.Message, Does.Contain("drain lease cannot cover the call"));
        Assert.That(known.Contains(MarketoObjectType.Companies, account.RecordId), Is.False, "an unanswered id is not remembered as held");
        Assert.That(h.Traffic.TotalCalls, Is.Zero);
    }

    [Test]
    public async Task A_check_of_no_ids_asks_Marketo_nothing()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var found = await Check(h).FindExistingAsync(MarketoObjectType.SalesPersons, [], default);

        Assert.That(found, Is.Empty);
        Assert.That(h.Traffic.TotalCalls, Is.Zero);
    }

    private static MarketoReferenceCheck Check(EmulatorHarness h) =>
        new(h.Client, h.ClientHarness.Services.GetRequiredService<ILogger<MarketoReferenceCheck>>());
}
