using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// Judges the worker's health from what the drain runner last saw (<see cref="DrainActivity"/>), never by calling
/// Dataverse or Marketo. A standby is healthy; the holder is unhealthy when its cycles went stale or the last one found
/// Dataverse unreachable or Marketo refusing.
/// </summary>
internal static class WorkerHealth
{
    public static HealthReport Judge(DrainActivity activity, TimeSpan staleAfter, DateTimeOffset now)
    {
        var report = activity.LastReport;
        var lastActivity = activity.InCycle ? activity.CycleStarted : activity.CycleEnded;
        var lastCycle = lastActivity is null ? "none"
            : now - lastActivity > staleAfter ? "stale"
            : activity.InCycle ? "running"
            : "recent";
        var dataverse = report is null ? "unknown" : report.Stopped == DrainStop.DataverseUnavailable ? "unreachable" : "reachable";
        var marketo = report?.Stopped switch
        {
            null when report is null || report.RowsRead == 0 => "unknown",
            DrainStop.RunStopped => "refused",
            DrainStop.QuotaExhausted => "quota_exhausted",
            DrainStop.DataverseUnavailable or DrainStop.LeaseLost => "unknown",
            _ => "reachable",
        };
        var holding = activity.Holding;
        var healthy = !holding || (lastCycle != "stale" && dataverse != "unreachable" && marketo != "refused");
        var age = activity.CycleEnded is { } ended ? (long)Math.Max(0, (now - ended).TotalSeconds) : (long?)null;
        return new HealthReport(healthy ? "healthy" : "unhealthy", holding ? "holding" : "standby", lastCycle, age, dataverse, marketo);
    }
}
