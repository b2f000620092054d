namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// One record to enqueue, as the plug-in would describe its Upsert (architecture.md §4): the record's id (for a
/// connection, the master half's), the payload, and the record the queue row links to (null for none).
/// </summary>
internal sealed record BackfillItem(Guid RecordId, string Payload, string? LinkTable, Guid? LinkId);
