using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Limits;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Limits;

/// <summary>
/// The request budget counts a request when it leaves, not while it waits for a free concurrency slot
/// (<see cref="DataverseRateGate"/>: the concurrency permit first, the window permit last; dataverse.md §6).
/// A request counted while it waited would be counted too early, so requests that waited would go out in a burst
/// beyond the budget; and one that gave up waiting would use up budget without being sent. The window here is an
/// hour long, so no permit comes back during the test and nothing depends on the clock.
/// </summary>
public sealed class DataverseRateGateOrderTests
{
    [Test]
    public async Task A_request_that_gave_up_waiting_for_a_free_slot_used_none_of_the_request_budget()
    {
        using var gate = new DataverseRateGate(Options.Create(new DataverseOptions
        {
            MaxConcurrentRequests = 1, RequestsPerWindow = 2, RequestWindow = TimeSpan.FromHours(1),
        }), new FakeTimeProvider());
        var sent = new List<string>();
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = gate.Pipeline.ExecuteAsync(async _ => { sent.Add("first"); await inFlight.Task; }).AsTask();

        using var giveUp = new CancellationTokenSource();
        var waiting = gate.Pipeline.ExecuteAsync(_ => { sent.Add("gave up"); return ValueTask.CompletedTask; }, giveUp.Token).AsTask();
        await giveUp.CancelAsync();
        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        inFlight.SetResult();
        await first;

        var next = gate.Pipeline.ExecuteAsync(_ => { sent.Add("next"); return ValueTask.CompletedTask; }).AsTask();

        Assert.That(async () => await next.WaitAsync(TimeSpan.FromSeconds(10)), Throws.Nothing,
            "the budget of 2 has room for the second request actually sent");
        Assert.That(sent, Is.EqualTo(new[] { "first", "next" }));
    }
}
