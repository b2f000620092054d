namespace MsiDynamics.Benchmarks.Latency;

/// <summary>Dataverse requests (service protection) and operations (entitlement) over a simulated idle span, per worker.</summary>
internal sealed record IdleDayCounts(
    long HolderRequests, long HolderOperations, long StandbyRequests, long StandbyOperations, TimeSpan Simulated, TimeSpan Wall)
{
    /// <summary>Scales a count over <see cref="Simulated"/> to one day.</summary>
    public double PerDay(long count) => count * TimeSpan.FromDays(1) / Simulated;
}
