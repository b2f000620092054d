namespace MsiDynamics.CompanionService.Sync.Collapse;

/// <summary>
/// The first stage of the drain (architecture.md §3.6): the due rows of one cycle become one <see cref="RecordWork"/>
/// per record, so that one record has at most one push in flight (dataverse.md §0.3, §0.10) and a Marketo batch never
/// carries one key twice (marketo.md D5). Pure: no clock, no I/O; one dictionary and one list per record.
/// </summary>
internal static class QueueCollapse
{
    /// <summary>
    /// One work item per record in <paramref name="due"/>, Live lane first, then Backfill; within a lane by each
    /// record's oldest row. The same rows give the same order whatever order they are given in. A row given twice (pages
    /// of a read that overlap) counts once: otherwise it would supersede itself.
    /// </summary>
    public static IReadOnlyList<RecordWork> Collapse(IReadOnlyCollection<DueRow> due)
    {
        var byRecord = new Dictionary<RecordKey, List<DueRow>>(due.Count);
        var seen = new HashSet<Guid>(due.Count);
        foreach (var row in due)
        {
            if (!seen.Add(row.Id))
            {
                continue;
            }

            if (!byRecord.TryGetValue(row.Record, out var rows))
            {
                rows = new List<DueRow>(1);
                byRecord.Add(row.Record, rows);
            }

            rows.Add(row);
        }

        var work = new RecordWork[byRecord.Count];
        var index = 0;
        foreach (var (record, rows) in byRecord)
        {
            if (rows.Count > 1)
            {
                rows.Sort(DueRow.CompareCreation);
            }

            work[index++] = new RecordWork(record, rows);
        }

        Array.Sort(work, LaneThenOldest);
        return work;
    }

    private static int LaneThenOldest(RecordWork left, RecordWork right)
    {
        var byLane = ((int)left.Lane).CompareTo((int)right.Lane);
        return byLane != 0 ? byLane : DueRow.CompareCreation(left.Rows[0], right.Rows[0]);
    }
}
