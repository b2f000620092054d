using MsiDynamics.CompanionService.Sync.Collapse;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// Reads the Dynamics rows that references Marketo lacks point at, so they can be pushed first: for each row that still
/// exists, the rows it refers to in turn (its owner, its account), so the closure goes on through them.
/// </summary>
internal interface IReferencedRows
{
    /// <summary>
    /// The rows of <paramref name="records"/> that exist in Dynamics, each with the records it refers to; a record absent
    /// from the answer no longer exists.
    /// </summary>
    Task<IReadOnlyDictionary<RecordKey, IReadOnlyList<RecordKey>>> ReadAsync(
        IReadOnlyList<RecordKey> records, CancellationToken cancellationToken);
}
