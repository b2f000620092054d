using Microsoft.Extensions.Logging;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>The write-back's log messages (event ids 47xx). Paging tokens never appear, only their age.</summary>
internal static partial class WriteBackLog
{
    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "Write-back cycle: {Report}")]
    public static partial void CycleRan(ILogger logger, WriteBackReport report);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Warning, Message = "Write-back: {Reason}")]
    public static partial void PositionLost(ILogger logger, string reason);

    [LoggerMessage(EventId = 4703, Level = LogLevel.Warning, Message = "Write-back row failed: {Failure}")]
    public static partial void RowFailed(ILogger logger, string failure);

    [LoggerMessage(EventId = 4704, Level = LogLevel.Warning, Message = "Write-back cycle stopped, its position kept for the next one: {Stop}")]
    public static partial void Stopped(ILogger logger, string stop);

    [LoggerMessage(EventId = 4705, Level = LogLevel.Error, Message = "Write-back cycle failed; the next one runs after the interval")]
    public static partial void CycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4706, Level = LogLevel.Information,
        Message = "Write-back started: every {Interval} on the drain lease's holder, full reconcile daily after {TimeOfDay} UTC; columns {Columns}")]
    public static partial void Started(ILogger logger, TimeSpan interval, TimeSpan timeOfDay, WriteBackColumns columns);

    [LoggerMessage(EventId = 4707, Level = LogLevel.Warning,
        Message = "Write-back: the instance has none of the activity types Interesting Moment, Change Score, Change Data Value ({Types}); only the reconcile brings MSI values home. Is MSI Non-Native enabled?")]
    public static partial void NoActivityTypes(ILogger logger, MsiActivityTypes types);
}
