using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// The organisation's tables: rows by id in creation order, with one transaction at a time. Stored rows are
/// never handed out (<see cref="RowCopier"/> copies in and out) and never mutated in place: a write replaces
/// the row, so a transaction can undo itself by restoring the tables it touched.
/// </summary>
internal sealed class RowStore
{
    private readonly Dictionary<string, OrderedDictionary<Guid, Entity>> _tables = new(StringComparer.Ordinal);

    // A table's content before the transaction first wrote to it; null = the table did not exist yet.
    private Dictionary<string, OrderedDictionary<Guid, Entity>?>? _undo;
    private long _version;

    public bool InTransaction => _undo is not null;

    public void Begin()
    {
        if (_undo is not null)
        {
            throw new InvalidOperationException("A transaction is already open; the pipeline joins it instead.");
        }

        _undo = new Dictionary<string, OrderedDictionary<Guid, Entity>?>(StringComparer.Ordinal);
    }

    public void Commit() => _undo = null;

    public void Rollback()
    {
        foreach (var (name, before) in _undo ?? [])
        {
            if (before is null)
            {
                _tables.Remove(name);
            }
            else
            {
                _tables[name] = before;
            }
        }

        _undo = null;
    }

    /// <summary>The stored row (read-only by convention), or null.</summary>
    public Entity? Get(string entityName, Guid id) =>
        _tables.TryGetValue(entityName, out var table) && table.TryGetValue(id, out var row) ? row : null;

    public IReadOnlyList<Entity> All(string entityName) =>
        _tables.TryGetValue(entityName, out var table) ? [.. table.Values] : [];

    /// <summary>Inserts a row, or replaces it where it stands (creation order is kept).</summary>
    public void Put(Entity row) => TableForWrite(row.LogicalName)[row.Id] = row;

    public bool Remove(string entityName, Guid id) =>
        _tables.ContainsKey(entityName) && TableForWrite(entityName).Remove(id);

    /// <summary>The next row version; it only grows, so the Web API emulator can use it as an ETag.</summary>
    public long NextVersion() => ++_version;

    private OrderedDictionary<Guid, Entity> TableForWrite(string entityName)
    {
        _tables.TryGetValue(entityName, out var table);
        if (_undo is not null && !_undo.ContainsKey(entityName))
        {
            _undo[entityName] = table is null ? null : new OrderedDictionary<Guid, Entity>(table);
        }

        if (table is null)
        {
            table = new OrderedDictionary<Guid, Entity>();
            _tables[entityName] = table;
        }

        return table;
    }
}
