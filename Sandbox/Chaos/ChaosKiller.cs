using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Schema;
using St = MsiDynamics.Schema.DataverseSchema.SyncState;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// Kills worker processes abruptly, one at a time at random intervals (1–4 s), the drain lease holder two times in three
/// (mid-batch, mid-renewal, mid-write-back: wherever it is), and starts each again after 0.2–1.5 s, until
/// <paramref name="kills"/> kills are done. The schedule comes from the run's seed.
/// </summary>
internal sealed class ChaosKiller(IReadOnlyList<ChaosWorkerProcess> workers, InMemoryOrganization org, int kills, int seed)
{
    private readonly Random _random = new(seed);

    public int Done { get; private set; }

    /// <summary>Kills that hit the lease holder.</summary>
    public int Holders { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (Done < kills)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(1_000, 4_000)), cancellationToken);
            var holder = Holder();
            var victim = holder is not null && _random.NextDouble() < 2.0 / 3 ? holder : workers[_random.Next(workers.Count)];
            victim.Kill();
            Done++;
            Holders += victim == holder ? 1 : 0;
            await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(200, 1_500)), cancellationToken);
            victim.Start();
        }
    }

    /// <summary>The worker named in the drain lease row now (it may have lapsed).</summary>
    private ChaosWorkerProcess? Holder()
    {
        var lease = org.Rows(St.EntityName).FirstOrDefault(r => r.GetAttributeValue<string>(St.Name) == "drain-lease")
            ?.GetAttributeValue<string>(St.Value);
        // "<expires on> <holder>[ costs]" (the worker's lease value).
        var space = lease?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (lease is null || space < 0)
        {
            return null;
        }

        var holder = lease[(space + 1)..];
        return workers.FirstOrDefault(w => holder.StartsWith(w.Name, StringComparison.Ordinal)
            && (holder.Length == w.Name.Length || !char.IsAsciiDigit(holder[w.Name.Length])));
    }
}
