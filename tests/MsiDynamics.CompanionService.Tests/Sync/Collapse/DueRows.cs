using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Collapse;

/// <summary>Builds due queue rows as the lease reads them: each row written one second after the one before.</summary>
internal sealed class DueRows
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly List<DueRow> _rows = [];

    public static RecordId Id(int n) => RecordId.From(new Guid(n, 0, 0, new byte[8]), "test id");

    public IReadOnlyList<DueRow> All => _rows;

    public DueRow Upsert(string entity, RecordId record, QueueLane lane = QueueLane.Live) =>
        Add(entity, record, QueueOperation.Upsert, lane);

    public DueRow Delete(string entity, RecordId record, QueueLane lane = QueueLane.Live, string? payload = null) =>
        Add(entity, record, QueueOperation.Delete, lane, payload: payload);

    public DueRow Add(
        string entity, RecordId record, QueueOperation operation, QueueLane lane = QueueLane.Live,
        QueueStatus status = QueueStatus.Pending, int attempts = 0, string? payload = null, DateTimeOffset? createdOn = null)
    {
        var row = new DueRow(
            Guid.NewGuid(), entity, record, operation, lane, createdOn ?? Start.AddSeconds(_rows.Count), _rows.Count,
            status, attempts, payload ?? """{"v":1}""");
        _rows.Add(row);
        return row;
    }
}
