namespace MsiDynamics.Schema;

/// <summary>
/// Choice values of <c>msi_syncqueueitem.msi_status</c> (architecture.md §4). 2 was InProgress, the mark of a per-row
/// claim, retired with the claims (dataverse.md §0.10): a choice value is never reused, so 2 stays unassigned and the
/// others keep their numbers.
/// </summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
enum QueueStatus
{
    Pending = 1,
    Succeeded = 3,
    RetryScheduled = 4,
    DeadLettered = 5,
    Superseded = 6,
}
