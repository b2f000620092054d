using System.Collections.Concurrent;

namespace MsiDynamics.CompanionService.Dataverse.Bulk;

/// <summary>
/// The tables that refused <c>UpdateMultiple</c> in this process (dataverse.md §0.13), so that later writes go straight
/// to the <c>$batch</c> of PATCHes instead of meeting the refusal again. One per process (a singleton); a table's
/// support does not change while the worker runs, and a restart asks again.
/// </summary>
public sealed class BulkSupport
{
    private readonly ConcurrentDictionary<string, string> _refusing = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="table"/> refused <c>UpdateMultiple</c> before.</summary>
    public bool Refuses(DataverseTable table) => _refusing.ContainsKey(table.LogicalName);

    /// <summary>Remembers that <paramref name="table"/> refused, with Dataverse's reason; true the first time.</summary>
    public bool Remember(DataverseTable table, string reason) => _refusing.TryAdd(table.LogicalName, reason);

    public override string ToString() => _refusing.IsEmpty ? "every table takes UpdateMultiple" : "refusing: " + string.Join(", ", _refusing.Keys);
}
