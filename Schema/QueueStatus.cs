namespace MsiDynamics.Schema;

/// <summary>Choice values of <c>msi_syncqueueitem.msi_status</c> (architecture.md §4).</summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
enum QueueStatus
{
    Pending = 1,
    InProgress = 2,
    Succeeded = 3,
    RetryScheduled = 4,
    DeadLettered = 5,
    Superseded = 6,
}
