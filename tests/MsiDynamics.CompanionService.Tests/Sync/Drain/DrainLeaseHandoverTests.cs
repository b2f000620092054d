using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// Workers started together under one drain lease (dataverse.md §0.10), on the wall clock with a short lease: exactly
/// one pushes at a time, and when it dies a standby takes the queue over within a lease lifetime, losing nothing.
/// </summary>
public sealed class DrainLeaseHandoverTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(6);
    /// <summary>From the standby's claim to its first cycle's start: a wake-up, on a busy machine.</summary>
    private static readonly TimeSpan CycleStart = TimeSpan.FromSeconds(1);

    private static readonly Dictionary<string, string?> ShortLease = new()
    {
        ["DrainLease:Lifetime"] = "00:00:06",
        ["DrainLease:RenewalInterval"] = "00:00:02",
        ["Marketo:RequestTimeout"] = "00:00:03",
        ["Drain:IdleInterval"] = "00:00:00.500",
        ["Drain:FirstIdleDelay"] = "00:00:00.100",
    };

    [Test]
    public async Task Of_three_workers_one_pushes_at_a_time_and_a_standby_takes_over_within_a_lifetime_when_it_dies()
    {
        await using var rig = await DrainRig.StartAsync(settings: ShortLease);
        var book = new CycleLogbook();
        var cables = new Dictionary<string, KillSwitch>();
        var runners = new Dictionary<string, DrainRunner>();
        foreach (var name in new[] { "worker-a", "worker-b", "worker-c" })
        {
            var cable = cables[name] = new KillSwitch();
            var worker = rig.Worker(name, configure: services =>
            {
                services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(cable.Handler));
                var inner = services.Single(d => d.ServiceType == typeof(IDrainCycle));
                services.Remove(inner);
                services.AddTransient<IDrainCycle>(provider => book.Keep(name, (IDrainCycle)ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!)));
            });
            runners[name] = worker.GetRequiredService<DrainRunner>();
        }

        using var stop = new CancellationTokenSource();
        var running = runners.ToDictionary(r => r.Key, r => r.Value.RunAsync(stop.Token));
        var org = SmallOrg.Save(rig);
        await Until(() => rig.Statuses.All(s => s is QueueStatus.Succeeded or QueueStatus.Superseded), "the first changes are drained");

        var holder = runners.Single(r => r.Value.IsHolding).Key;
        cables[holder].Pull();
        var killedAt = DateTimeOffset.UtcNow;
        var late = rig.Save(new Microsoft.Xrm.Sdk.Entity(DataverseSchema.Lead.EntityName)
        {
            ["lastname"] = "Late", ["emailaddress1"] = "late@fabrikam.example",
            ["ownerid"] = new Microsoft.Xrm.Sdk.EntityReference(DataverseSchema.SystemUser.EntityName, org.User.Value),
        });
        // The store has the lead as soon as the push lands; the standby's cycle is in the book once it has ended.
        await Until(() => rig.Store.Leads.Any(l => l.ExternalPersonId == late.ToString()) && book.Pushing.Any(p => p.Worker != holder),
            "a standby pushes the change made after the holder died");
        var takenOverAt = book.Pushing.Where(p => p.Worker != holder).Min(p => p.Start);
        TestContext.Out.WriteLine($"{holder} died; a standby pushed {(takenOverAt - killedAt).TotalSeconds:F1} s later (lease lifetime {Lifetime.TotalSeconds} s).");

        stop.Cancel();
        await Task.WhenAll(running.Where(r => r.Key != holder).Select(r => r.Value));

        var pushing = book.Pushing;
        Assert.Multiple(() =>
        {
            Assert.That(pushing.All(a => pushing.All(b => a.Worker == b.Worker || a.End <= b.Start || b.End <= a.Start)),
                Is.True, "no two workers' pushing cycles overlap");
            Assert.That(pushing.Where(p => p.Start < killedAt).Select(p => p.Worker).Distinct(), Is.EqualTo(new[] { holder }), "before the death, only the holder pushed");
            Assert.That(takenOverAt - killedAt, Is.LessThanOrEqualTo(Lifetime + CycleStart), "a standby took over within a lifetime of the holder's death");
            Assert.That(rig.Statuses, Has.None.EqualTo(QueueStatus.Pending).And.None.EqualTo(QueueStatus.DeadLettered), "nothing lost");
            Assert.That(rig.Store.Leads.Select(l => l.ExternalPersonId), Is.Unique, "nothing duplicated");
        });
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, for at most four lease lifetimes.</summary>
    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + 4 * Lifetime;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Delay(50);
        }
    }
}
