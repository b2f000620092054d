using Microsoft.Extensions.Logging;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>The drain's log lines: record and queue row ids, statuses and counts; never a value of a record or a secret.</summary>
internal static partial class DrainLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "{Entity} {RecordId} settled: queue row {QueueRowId} {Status} ({Rows} rows)")]
    public static partial void Settled(ILogger logger, string entity, Guid recordId, Guid queueRowId, QueueStatus status, int rows);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "{Failed} of {Rows} queue row completions failed; those rows stay due and are pushed again: {Failure}")]
    public static partial void CompletionFailed(ILogger logger, int failed, int rows, string failure);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "{Failed} of {Persons} Marketo lead ids could not be written to Dynamics: {Failure}")]
    public static partial void LeadIdsFailed(ILogger logger, int failed, int persons, string failure);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Persons linked to a Marketo lead that may hold MSI values already: {Persons}; rows whose MSI values were written: {Rows}")]
    public static partial void LinkedMsiWritten(ILogger logger, int persons, int rows);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Persons linked to a Marketo lead that may hold MSI values already: {Persons}; not all their values were written, the write-back's reconcile will: {Reason}")]
    public static partial void LinkedMsiLeft(ILogger logger, int persons, string reason);
}
