using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Tests.Service;
using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>Under <c>run</c> only the drain lease's holder writes back (dataverse.md §0.10); a standby waits.</summary>
public sealed class WriteBackLoopTests
{
    [Test]
    public async Task A_standby_writes_nothing_and_writes_back_on_its_interval_once_it_holds_the_drain_lease()
    {
        // A lease long enough that the polls below, each advancing the clock by an interval, never outlast it.
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?> { ["DrainLease:Lifetime"] = "30.00:00:00" });
        var scene = await WriteBackScene.SyncAsync(rig);
        var first = rig.Worker("worker-a").GetRequiredService<DrainLeaseHolder>();
        await first.StepAsync(CancellationToken.None);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var standby = rig.Worker("worker-b", clock);
        using var stop = new CancellationTokenSource();
        var loop = standby.GetRequiredService<WriteBackLoop>().RunAsync(stop.Token);
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, "Web", "Visited the pricing page", "Web page");

        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(61));
        }

        var whileStandby = (scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc), standby.GetRequiredService<DataverseCosts>().Requests);
        await first.ReleaseAsync(CancellationToken.None);
        await standby.GetRequiredService<DrainLeaseHolder>().StepAsync(CancellationToken.None);
        await Eventually.Until(
            () =>
            {
                clock.Advance(TimeSpan.FromSeconds(61)); // whenever the loop waits next, an interval passes
                return scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc) == "Visited the pricing page";
            },
            "the new holder's write-back cycle");
        await stop.CancelAsync();
        await loop;

        Assert.That(whileStandby, Is.EqualTo(((string?)null, 0L)), "as a standby: nothing written, no Dataverse request");
    }
}
