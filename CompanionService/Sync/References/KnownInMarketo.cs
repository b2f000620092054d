using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// The external ids known to exist in Marketo, per object, for the life of the process (architecture.md §3.9): learnt
/// from a successful push or a positive check, forgotten when a delete is pushed. It only saves checks, so it may forget:
/// each object's set holds at most <see cref="Capacity"/> ids and is emptied when one more would not fit, after which the
/// ids are checked again as they come. External ids are Dynamics ids (architecture.md §1), so a lead and a contact share
/// the person set without clashing.
/// </summary>
internal sealed class KnownInMarketo(int capacity = KnownInMarketo.DefaultCapacity)
{
    /// <summary>Ids per object kept before the set starts over: about 4 MB a full set.</summary>
    public const int DefaultCapacity = 100_000;

    private readonly Dictionary<MarketoObjectType, HashSet<RecordId>> _sets = [];
    private readonly Lock _lock = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>Whether <paramref name="id"/> of <paramref name="type"/> is known to exist in Marketo.</summary>
    public bool Contains(MarketoObjectType type, RecordId id)
    {
        lock (_lock)
        {
            return _sets.TryGetValue(type, out var set) && set.Contains(id);
        }
    }

    /// <summary>Remembers that <paramref name="id"/> of <paramref name="type"/> exists in Marketo (pushed, or found by a check).</summary>
    public void Remember(MarketoObjectType type, RecordId id)
    {
        lock (_lock)
        {
            if (!_sets.TryGetValue(type, out var set))
            {
                _sets[type] = set = [];
            }

            if (set.Count >= Capacity && !set.Contains(id))
            {
                set.Clear();
            }

            set.Add(id);
        }
    }

    /// <summary>Forgets <paramref name="id"/> of <paramref name="type"/>: its delete was pushed.</summary>
    public void Forget(MarketoObjectType type, RecordId id)
    {
        lock (_lock)
        {
            if (_sets.TryGetValue(type, out var set))
            {
                set.Remove(id);
            }
        }
    }
}
