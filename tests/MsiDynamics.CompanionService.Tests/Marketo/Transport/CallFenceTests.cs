using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Tests.Marketo.Loopback;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Transport;

/// <summary>
/// The call fence (dataverse.md §0.10): no Marketo call starts unless the fence admits a call of the request time-out,
/// asked before every attempt, so a worker that may have lost the drain lease sends nothing.
/// </summary>
public sealed class CallFenceTests
{
    [Test]
    public async Task A_refused_call_sends_nothing_and_ends_Stopped_because_the_drain_lease_cannot_cover_it()
    {
        var fence = new SwitchableFence { Open = false };
        await using var h = await EmulatorHarness.StartAsync(client: c => c.RequestTimeout = TimeSpan.FromSeconds(25), host: fence.Register);

        var push = await h.Client.Companies.SyncAsync(ErrorClassLoopbackTests.Companies(2));
        var read = await h.Client.Companies.GetByExternalIdsAsync([TestRecordIds.Of("a-0")]);

        Assert.That(h.Traffic.TotalCalls, Is.Zero, "not even the identity request is sent");
        Assert.That(push.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(push.Call.Message, Does.Contain("drain lease cannot cover the call"));
        Assert.That(push.Records, Has.All.Matches<MarketoOutcome>(o => o.Status == MarketoRecordStatus.NotSent && o.IsRetryable));
        Assert.That(read.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(fence.Asked, Is.Not.Empty.And.All.EqualTo(TimeSpan.FromSeconds(25)), "asked with Marketo:RequestTimeout");
        Assert.That(h.ClientHarness.Logs.All, Does.Contain("[4110]").And.Not.Contain("[4105]"), "a fenced call is not logged as a stop by Marketo");
    }

    [Test]
    public async Task The_fence_is_asked_again_before_a_retry_and_a_refusal_then_sends_nothing_more()
    {
        var fence = new SwitchableFence();
        await using var h = await EmulatorHarness.StartAsync(
            e => e.Faults.ErrorRates["611"] = 1.0,
            c => c.MaxRetryAttempts = 3,
            spy => spy.AfterRestResponse = _ => fence.Open = false,
            host: fence.Register);

        var push = await h.Client.Companies.SyncAsync(ErrorClassLoopbackTests.Companies(1));

        Assert.That(h.Traffic.TotalCalls - h.Traffic.IdentityCalls, Is.EqualTo(1), "the retry was not sent");
        Assert.That(h.Traffic.CallsWithCode("611"), Is.EqualTo(1));
        Assert.That(push.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(push.Call.Message, Does.Contain("drain lease cannot cover the call"));
        Assert.That(push.Records[0].IsRetryable, Is.True);
    }

    [Test]
    public async Task The_fence_is_asked_again_before_re_authenticating_on_601()
    {
        var fence = new SwitchableFence();
        await using var h = await EmulatorHarness.StartAsync(
            e => e.Faults.ErrorRates["601"] = 1.0,
            spy: spy => spy.AfterRestResponse = _ => fence.Open = false,
            host: fence.Register);

        var push = await h.Client.Companies.SyncAsync(ErrorClassLoopbackTests.Companies(1));

        Assert.That(push.Call.Kind, Is.EqualTo(MarketoCallOutcomeKind.Stopped));
        Assert.That(push.Call.Message, Does.Contain("drain lease cannot cover the call"));
        Assert.That((h.Traffic.IdentityCalls, h.Traffic.TotalCalls), Is.EqualTo((1L, 2L)), "no second token, no second call");
    }

    [Test]
    public async Task An_open_fence_is_asked_before_each_attempt_and_again_once_the_gate_admits_it()
    {
        var fence = new SwitchableFence();
        IDictionary<string, double>? faults = null;
        await using var h = await EmulatorHarness.StartAsync(
            e => { faults = e.Faults.ErrorRates; faults["611"] = 1.0; },
            spy: spy => spy.AfterRestResponse = _ => faults!.Remove("611"),
            host: fence.Register);

        var push = await h.Client.Companies.SyncAsync(ErrorClassLoopbackTests.Companies(1));

        Assert.That(push.Call.IsSuccess, Is.True, push.Call.ToString());
        Assert.That(h.Traffic.TotalCalls - h.Traffic.IdentityCalls, Is.EqualTo(2), "a 611, then the retry");
        Assert.That(fence.Asked, Has.Count.EqualTo(4), "twice for each of the two attempts");
    }

    [Test]
    public async Task A_host_without_a_fence_of_its_own_gets_one_that_always_admits()
    {
        await using var h = await EmulatorHarness.StartAsync();

        var push = await h.Client.Companies.SyncAsync(ErrorClassLoopbackTests.Companies(1));

        Assert.That(h.ClientHarness.Services.GetRequiredService<IMarketoCallFence>().CanStart(TimeSpan.FromDays(1)), Is.True);
        Assert.That(push.Call.IsSuccess, Is.True);
    }
}
