using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Service;

/// <summary>The exit codes and messages of <c>drain --once</c>, worded for the Dynamics admin who runs it.</summary>
internal static class DrainExit
{
    public const int Drained = 0;
    public const int Stopped = 1;
    public const int InvalidSettings = 2;
    public const int LeaseHeldElsewhere = 3;
    public const int Interrupted = 4;

    public static int CodeOf(DrainSummary summary) =>
        !summary.LeaseHeld ? LeaseHeldElsewhere
        : summary.Stopped is not null ? Stopped
        : summary.Interrupted ? Interrupted
        : Drained;

    public static string MessageOf(DrainSummary summary) =>
        !summary.LeaseHeld
            ? "Another worker holds the drain lease and is draining the queue (or Dataverse could not be read): nothing was done. Run again later, or stop that worker first."
        : summary.Stopped is { } stop ? $"Stopped with rows left due: {Why(stop)} ({summary})"
        : summary.Interrupted ? $"Interrupted before the queue was empty; the next run continues where this one stopped. ({summary})"
        : $"Drained: no due rows left. ({summary})";

    private static string Why(DrainStop stop) => stop switch
    {
        DrainStop.QuotaExhausted => "Marketo's daily API quota is spent (607); rows stay due until it resets at midnight US Central time",
        DrainStop.RunStopped => "Marketo or Dataverse refused the worker (credentials, a permission, or a feature not enabled); the log and each row's Last error say which",
        DrainStop.LeaseLost => "the drain lease was lost; another worker may be draining now",
        DrainStop.DataverseUnavailable => "Dataverse could not be reached, or kept throttling past the retries; run again later",
        _ => stop.ToString(),
    };
}
