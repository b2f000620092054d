using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.References;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// The Dynamics side of one cycle's reference closure (architecture.md §3.9): the rows Marketo lacks are read in bulk
/// and mapped at once, so the cycle pushes them first without reading them again. One per cycle.
/// </summary>
internal sealed class DataverseReferencedRows(RecordStateReader reader) : IReferencedRows
{
    /// <summary>The records read for the closure, mapped (or settled with why they cannot be).</summary>
    public Dictionary<RecordKey, CycleRecord> Read { get; } = [];

    public async Task<IReadOnlyDictionary<RecordKey, IReadOnlyList<RecordKey>>> ReadAsync(
        IReadOnlyList<RecordKey> records, CancellationToken cancellationToken)
    {
        var (rows, outcome) = await reader.ReadAsync(records, cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            throw new DrainDataverseException($"Reading the records the cycle refers to failed: {outcome}");
        }

        var found = new Dictionary<RecordKey, IReadOnlyList<RecordKey>>();
        foreach (var (key, row) in rows)
        {
            var record = new CycleRecord(key, null) { Row = row };
            CycleMapping.Map(record);
            Read[key] = record;
            found[key] = record.References;
        }

        return found;
    }
}
