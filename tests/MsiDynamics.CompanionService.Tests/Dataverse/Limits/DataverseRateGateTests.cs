using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Limits;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Limits;

/// <summary>The client-side service-protection budget: requests wait (never fail) for a concurrency slot and a window permit.</summary>
public sealed class DataverseRateGateTests
{
    [Test]
    public async Task A_request_over_the_window_budget_waits_instead_of_being_sent()
    {
        using var gate = new DataverseRateGate(Options.Create(new DataverseOptions { RequestsPerWindow = 2, RequestWindow = TimeSpan.FromHours(1) }), new FakeTimeProvider());
        using var cancel = new CancellationTokenSource();
        var sent = 0;

        await gate.Pipeline.ExecuteAsync(_ => { sent++; return ValueTask.CompletedTask; });
        await gate.Pipeline.ExecuteAsync(_ => { sent++; return ValueTask.CompletedTask; });
        var third = gate.Pipeline.ExecuteAsync(_ => { sent++; return ValueTask.CompletedTask; }, cancel.Token).AsTask();

        Assert.That((sent, third.IsCompleted), Is.EqualTo((2, false)));
        await cancel.CancelAsync();
        Assert.That(async () => await third, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(sent, Is.EqualTo(2));
    }

    [Test]
    public async Task At_most_the_concurrent_limit_is_in_flight_and_the_next_starts_when_one_ends()
    {
        using var gate = new DataverseRateGate(Options.Create(new DataverseOptions { MaxConcurrentRequests = 2 }), new FakeTimeProvider());
        var release = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        var started = 0;

        var first = gate.Pipeline.ExecuteAsync(async _ => { started++; await release[0].Task; }).AsTask();
        var second = gate.Pipeline.ExecuteAsync(async _ => { started++; await release[1].Task; }).AsTask();
        var third = gate.Pipeline.ExecuteAsync(_ => { started++; return ValueTask.CompletedTask; }).AsTask();

        Assert.That((started, third.IsCompleted), Is.EqualTo((2, false)));
        release[0].SetResult();
        await first;
        await third;
        Assert.That(started, Is.EqualTo(3));
        release[1].SetResult();
        await second;
    }
}
