using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Collapse;

/// <summary>
/// What one cycle does for one record (architecture.md §3.6): the latest row's intent, pushed once with the state read
/// at push time, and every due row of the record it settles. The older rows end Superseded; the latest row takes the
/// push's outcome.
/// </summary>
internal sealed class RecordWork
{
    private static readonly SupersededRow[] None = [];

    /// <summary>Builds the work for <paramref name="rows"/>, all of one record, in creation order (oldest first).</summary>
    public RecordWork(RecordKey record, IReadOnlyList<DueRow> rows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        Record = record;
        Rows = rows;
        Lane = QueueLane.Backfill;
        var superseded = rows.Count == 1 ? None : new SupersededRow[rows.Count - 1];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Lane == QueueLane.Live)
            {
                Lane = QueueLane.Live;
            }

            if (i < superseded.Length)
            {
                superseded[i] = SupersededRow.By(rows[i], Latest);
            }
        }

        Superseded = superseded;
    }

    public RecordKey Record { get; }

    /// <summary>Live when any of the rows is Live: a user's change is not held behind a backfill.</summary>
    public QueueLane Lane { get; }

    /// <summary>
    /// The record's due rows, oldest first. The drain reads what cannot be read later from them: the latest
    /// delete's identities when the record is gone at push time, and every connection row's previous role
    /// (marketo.md D7), which an older row may carry alone.
    /// </summary>
    public IReadOnlyList<DueRow> Rows { get; }

    /// <summary>The row written last; its intent is pushed and it takes the push's outcome.</summary>
    public DueRow Latest => Rows[^1];

    /// <summary>
    /// Upsert or Delete, from the latest row whichever came first: a delete after an upsert deletes, and an upsert after a
    /// delete (the id was written again) upserts. An upsert of a record that is gone when read is the drain's to settle.
    /// </summary>
    public QueueOperation Intent => Latest.Operation;

    /// <summary>Every row but the latest, with the reason an admin reads in <c>msi_lasterror</c>.</summary>
    public IReadOnlyList<SupersededRow> Superseded { get; }

    /// <summary>The ids of every row this work settles, oldest first, the latest's last.</summary>
    public IEnumerable<Guid> SettledRowIds => Rows.Select(r => r.Id);

    public override string ToString() => $"{Record}: {Intent} ({Lane}, {Rows.Count} row(s))";
}
