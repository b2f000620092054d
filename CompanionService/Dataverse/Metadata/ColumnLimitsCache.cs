using System.Collections.Concurrent;

namespace MsiDynamics.CompanionService.Dataverse.Metadata;

/// <summary>
/// The column limits read so far, one entry per table for the life of the process (a singleton): a table's definitions
/// change only when an administrator customises it, and a restart reads them again. Only successful reads are kept.
/// </summary>
public sealed class ColumnLimitsCache
{
    private readonly ConcurrentDictionary<string, ColumnLimits> _tables = new(StringComparer.Ordinal);

    /// <summary>The limits of <paramref name="table"/> when already read.</summary>
    public ColumnLimits? Find(DataverseTable table) => _tables.GetValueOrDefault(table.LogicalName);

    /// <summary>Keeps <paramref name="limits"/>, or returns the copy another caller kept first.</summary>
    public ColumnLimits Keep(ColumnLimits limits) => _tables.GetOrAdd(limits.Table, limits);

    public override string ToString() => $"column limits of {_tables.Count} tables";
}
