namespace MsiDynamics.Schema;

/// <summary>Choice values of <c>msi_syncqueueitem.msi_operation</c> (architecture.md §4).</summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
enum QueueOperation
{
    Upsert = 1,
    Delete = 2,
}
