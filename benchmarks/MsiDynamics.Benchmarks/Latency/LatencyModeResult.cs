namespace MsiDynamics.Benchmarks.Latency;

/// <summary>What one <see cref="LatencyMode"/> measured: each flowing change's latency, and the one change after idling.</summary>
internal sealed record LatencyModeResult(
    LatencyMode Mode, IReadOnlyList<TimeSpan> Flowing, int LostFlowing, TimeSpan? AfterIdle, TimeSpan Idled, bool AllArrived, TimeSpan IdleInterval)
{
    /// <summary>The <paramref name="p"/>-th percentile (nearest rank) of the flowing latencies, in seconds.</summary>
    public double Percentile(double p)
    {
        if (Flowing.Count == 0)
        {
            return double.NaN;
        }

        var sorted = Flowing.Select(l => l.TotalSeconds).Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
