using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The worker service's log lines (event ids 4500–4599): cycles, records that did not reach Marketo (by table and
/// record id), the lease as the runner sees it, and the endpoints. None carries a secret, a key, a URL or a record's data;
/// a record's reason is the text an admin reads in <c>msi_lasterror</c>, which never holds one either.
/// </summary>
internal static partial class ServiceLog
{
    [LoggerMessage(EventId = 4501, Level = LogLevel.Information, Message = "Drain cycle: {Report}")]
    public static partial void CycleRan(ILogger logger, DrainCycleReport report);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Debug, Message = "Drain cycle found no due rows; next look in {Delay}")]
    public static partial void Idle(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Warning,
        Message = "Drain cycle stopped with rows left due ({Stop}); the next cycle starts where it left off")]
    public static partial void CycleStopped(ILogger logger, DrainStop stop);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Warning,
        Message = "{Entity} {RecordId} ended {End} after {Rows} queue rows: {Reason}")]
    public static partial void RecordNotPushed(ILogger logger, string entity, Guid recordId, QueueStatus end, int rows, string reason);

    [LoggerMessage(EventId = 4505, Level = LogLevel.Debug, Message = "{Entity} {RecordId} ended {End} ({Rows} queue rows)")]
    public static partial void RecordSettled(ILogger logger, string entity, Guid recordId, QueueStatus end, int rows);

    [LoggerMessage(EventId = 4506, Level = LogLevel.Error, Message = "Drain cycle failed; the next look follows the idle back-off")]
    public static partial void CycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4507, Level = LogLevel.Warning,
        Message = "The drain lease ended before the cycle could write anything; this worker stands by")]
    public static partial void TenureEnded(ILogger logger);

    [LoggerMessage(EventId = 4508, Level = LogLevel.Information, Message = "Drain lease step as {Holder}: {Step}")]
    public static partial void LeaseStepped(ILogger logger, string holder, Dataverse.DrainLease.DrainLeaseStep step);

    [LoggerMessage(EventId = 4509, Level = LogLevel.Information, Message = "Drain finished: {Summary}")]
    public static partial void DrainFinished(ILogger logger, DrainSummary summary);

    [LoggerMessage(EventId = 4510, Level = LogLevel.Information,
        Message = "Drain worker stopping: finishing the cycle in hand, then releasing the drain lease")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(EventId = 4511, Level = LogLevel.Warning, Message = "Wake-up refused: the request carried no key or a wrong one")]
    public static partial void WakeRefused(ILogger logger);

    [LoggerMessage(EventId = 4512, Level = LogLevel.Debug, Message = "Wake-up received: a drain cycle starts now")]
    public static partial void Woken(ILogger logger);

    [LoggerMessage(EventId = 4513, Level = LogLevel.Information,
        Message = "Drain worker started as {Holder}: idle interval {IdleInterval}, lease renewed every {RenewalInterval}")]
    public static partial void Started(ILogger logger, string holder, TimeSpan idleInterval, TimeSpan renewalInterval);
}
