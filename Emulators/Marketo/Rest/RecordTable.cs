using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The records of one Marketo object type, in creation order, with indexes on the fields calls look
/// records up by. Not thread-safe: callers hold <see cref="MarketoStore.Gate"/>.
/// </summary>
internal sealed class RecordTable<T>
    where T : MarketoRecord
{
    private readonly SortedDictionary<int, T> _byOrdinal = new();
    private readonly Dictionary<string, Dictionary<string, HashSet<int>>> _indexes;
    private readonly Func<string, string?, string?> _keyOf;
    private int _nextOrdinal;

    /// <param name="firstOrdinal">The first id handed out, so the ids of different objects do not overlap early.</param>
    /// <param name="indexedFields">Fields with an index; other fields are found by a scan.</param>
    /// <param name="keyOf">Normalises a field's value into a lookup key (case rules); null for a blank value.</param>
    public RecordTable(int firstOrdinal, IEnumerable<string> indexedFields, Func<string, string?, string?> keyOf)
    {
        _nextOrdinal = firstOrdinal;
        _keyOf = keyOf;
        _indexes = indexedFields.ToDictionary(f => f, _ => new Dictionary<string, HashSet<int>>());
    }

    public IEnumerable<T> All => _byOrdinal.Values;

    public int NextOrdinal() => _nextOrdinal++;

    public T? Get(int ordinal) => _byOrdinal.GetValueOrDefault(ordinal);

    /// <summary>The records whose field matches the value under the key rules, in creation order.</summary>
    public IReadOnlyList<T> Find(string field, string? value)
    {
        var key = _keyOf(field, value);
        if (key is null)
        {
            return [];
        }

        if (_indexes.TryGetValue(field, out var index))
        {
            return index.TryGetValue(key, out var ordinals) ? [.. ordinals.Order().Select(o => _byOrdinal[o])] : [];
        }

        return [.. All.Where(r => _keyOf(field, FieldValues.Text(r.Fields[field])) == key)];
    }

    /// <summary>The records matching every (field, value) pair: a compound key.</summary>
    public IReadOnlyList<T> Find(IReadOnlyList<KeyValuePair<string, string?>> key)
    {
        var matches = Find(key[0].Key, key[0].Value);
        return [.. matches.Where(r => key.Skip(1).All(k => _keyOf(k.Key, FieldValues.Text(r.Fields[k.Key])) == _keyOf(k.Key, k.Value)))];
    }

    /// <summary>Adds a record or replaces the one with the same ordinal.</summary>
    public void Put(T record)
    {
        Remove(record.Ordinal);
        _byOrdinal[record.Ordinal] = record;
        Index(record.Fields, record.Ordinal, add: true);
    }

    public bool Remove(int ordinal)
    {
        if (!_byOrdinal.Remove(ordinal, out var old))
        {
            return false;
        }

        Index(old.Fields, ordinal, add: false);
        return true;
    }

    private void Index(JsonObject fields, int ordinal, bool add)
    {
        foreach (var (field, index) in _indexes)
        {
            if (_keyOf(field, FieldValues.Text(fields[field])) is not { } key)
            {
                continue;
            }

            if (add)
            {
                (index.TryGetValue(key, out var set) ? set : index[key] = []).Add(ordinal);
            }
            else if (index.TryGetValue(key, out var set) && set.Remove(ordinal) && set.Count == 0)
            {
                index.Remove(key);
            }
        }
    }
}
