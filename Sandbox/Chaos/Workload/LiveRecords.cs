using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// The workload's own registry of the records that exist, per table, with their state, so each operation picks a
/// target it is valid for; plus the connections' ends and the e-mail addresses in use (to share one now and then).
/// Picks are deterministic for a given <see cref="Random"/> and history: ids are kept in a list in the order they
/// were added, a removal moving the last id into the hole. Thread-safe; another user may still change a record
/// between a pick and the request, which the organisation then refuses.
/// </summary>
internal sealed class LiveRecords
{
    private const int Probes = 12;

    private readonly object _gate = new();
    private readonly Dictionary<string, List<Guid>> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, (string Table, int Index, RecordState State)> _records = [];
    private readonly Dictionary<Guid, LiveConnection> _connections = [];

    public void Add(string table, Guid id, RecordState state = RecordState.Active)
    {
        lock (_gate)
        {
            var ids = IdsOf(table);
            _records[id] = (table, ids.Count, state);
            ids.Add(id);
        }
    }

    public void AddConnection(Guid id, EntityReference record1, EntityReference record2)
    {
        lock (_gate)
        {
            Add(Tables.Connection, id);
            _connections[id] = new LiveConnection(record1, record2);
        }
    }

    public void Remove(Guid id)
    {
        lock (_gate)
        {
            if (!_records.Remove(id, out var record))
            {
                return;
            }

            var ids = IdsOf(record.Table);
            var last = ids[^1];
            ids[record.Index] = last;
            ids.RemoveAt(ids.Count - 1);
            if (last != id)
            {
                _records[last] = _records[last] with { Index = record.Index };
            }

            _connections.Remove(id);
        }
    }

    public void SetState(Guid id, RecordState state)
    {
        lock (_gate)
        {
            if (_records.TryGetValue(id, out var record))
            {
                _records[id] = record with { State = state };
            }
        }
    }

    /// <summary>The record's state; <see cref="RecordState.Active"/> when it is no longer live.</summary>
    public RecordState StateOf(Guid id)
    {
        lock (_gate)
        {
            return _records.TryGetValue(id, out var record) ? record.State : RecordState.Active;
        }
    }

    public void SetConnection(Guid id, LiveConnection ends)
    {
        lock (_gate)
        {
            if (_connections.ContainsKey(id))
            {
                _connections[id] = ends;
            }
        }
    }

    public int Count(string table)
    {
        lock (_gate)
        {
            return IdsOf(table).Count;
        }
    }

    /// <summary>A random live record of <paramref name="table"/> in one of <paramref name="states"/> (any state when none given), or null.</summary>
    public Guid? Pick(string table, Random random, params RecordState[] states) =>
        PickWhere(table, random, (_, state) => states.Length == 0 || states.Contains(state));

    /// <summary>A random live record of <paramref name="table"/> that <paramref name="fits"/>, or null when none does.</summary>
    public Guid? PickWhere(string table, Random random, Func<Guid, RecordState, bool> fits)
    {
        lock (_gate)
        {
            var ids = IdsOf(table);
            if (ids.Count == 0)
            {
                return null;
            }

            bool Fits(Guid id) => fits(id, _records[id].State);
            for (var probe = 0; probe < Probes; probe++)
            {
                var id = ids[random.Next(ids.Count)];
                if (Fits(id))
                {
                    return id;
                }
            }

            var start = random.Next(ids.Count);
            for (var offset = 0; offset < ids.Count; offset++)
            {
                var id = ids[(start + offset) % ids.Count];
                if (Fits(id))
                {
                    return id;
                }
            }

            return null;
        }
    }

    /// <summary>Two different random live records of <paramref name="table"/> in <paramref name="state"/>, or null.</summary>
    public (Guid First, Guid Second)? PickPair(string table, Random random, RecordState state)
    {
        lock (_gate)
        {
            if (Pick(table, random, state) is not { } first)
            {
                return null;
            }

            for (var probe = 0; probe < Probes; probe++)
            {
                if (Pick(table, random, state) is { } second && second != first)
                {
                    return (first, second);
                }
            }

            return null;
        }
    }

    public LiveConnection? ConnectionOf(Guid id)
    {
        lock (_gate)
        {
            return _connections.GetValueOrDefault(id);
        }
    }

    /// <summary>The live connections with <paramref name="recordId"/> at either end, in a stable order.</summary>
    public IReadOnlyList<Guid> ConnectionsOf(Guid recordId)
    {
        lock (_gate)
        {
            return [.. IdsOf(Tables.Connection).Where(id => _connections.TryGetValue(id, out var ends) && ends.Touches(recordId))];
        }
    }

    private List<Guid> IdsOf(string table)
    {
        if (!_ids.TryGetValue(table, out var ids))
        {
            ids = [];
            _ids[table] = ids;
        }

        return ids;
    }
}
