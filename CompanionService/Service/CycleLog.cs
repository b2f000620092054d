using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Service;

/// <summary>How one drain cycle is logged: a summary when it found work, why it stopped, and each record by table and id.</summary>
internal static class CycleLog
{
    public static void Write(ILogger logger, DrainCycleReport report)
    {
        if (report.RowsRead == 0 && report.Stopped is null)
        {
            return; // an empty look: the idle back-off logs it
        }

        ServiceLog.CycleRan(logger, report);
        if (report.Stopped is { } stop)
        {
            ServiceLog.CycleStopped(logger, stop);
        }

        foreach (var record in report.Records)
        {
            if (record.End is QueueStatus.DeadLettered or QueueStatus.RetryScheduled)
            {
                ServiceLog.RecordNotPushed(logger, record.Entity, record.RecordId, record.End, record.Rows, record.Reason ?? string.Empty);
            }
            else
            {
                ServiceLog.RecordSettled(logger, record.Entity, record.RecordId, record.End, record.Rows);
            }
        }
    }
}
