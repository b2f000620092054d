namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// What one <c>drain-backlog</c> run tells <c>drain-scale</c> (written with <c>--summary FILE</c>): the backlog's size,
/// the throughput, the worker's peak working set and whether the drain ended complete.
/// </summary>
internal sealed record DrainScaleRun(int Changes, int QueueRows, int RecordsSynced, double Seconds, long PeakWorkingSet, bool Complete)
{
    public double RecordsPerSecond => RecordsSynced / Seconds;
}
