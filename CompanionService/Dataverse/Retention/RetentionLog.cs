using Microsoft.Extensions.Logging;

namespace MsiDynamics.CompanionService.Dataverse.Retention;

/// <summary>The retention job's log lines (event ids 4240–4249); they name the job, never a token or a record's data.</summary>
internal static partial class RetentionLog
{
    [LoggerMessage(EventId = 4240, Level = LogLevel.Information, Message = "Queue retention job '{Name}' is scheduled ({State})")]
    public static partial void Scheduled(ILogger logger, string name, RetentionJobState state);

    [LoggerMessage(EventId = 4241, Level = LogLevel.Warning,
        Message = "Queue retention job '{Name}' could not be found or scheduled ({Outcome}); the next start tries again")]
    public static partial void NotScheduled(ILogger logger, string name, string outcome);

    [LoggerMessage(EventId = 4242, Level = LogLevel.Warning,
        Message = "Another queue retention job, '{Other}', is still scheduled; it deletes on its own period besides '{Name}': cancel it in Dataverse's bulk record deletion jobs")]
    public static partial void OtherJob(ILogger logger, string other, string name);
}
