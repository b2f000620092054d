namespace MsiDynamics.Schema;

/// <summary>Choice values of <c>msi_syncqueueitem.msi_lane</c>: the lease takes Live rows first (architecture.md §4).</summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
enum QueueLane
{
    Live = 1,
    Backfill = 2,
}
