using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// The organisation's tables: rows by id in creation order, with one transaction at a time. Stored rows are
/// never handed out (<see cref="RowCopier"/> copies in and out) and never mutated in place: a write replaces
/// the row. A transaction keeps an undo log of the rows it touches, each as it was when first touched, so a
/// rollback restores those rows (in their places in creation order) and nothing else: a transaction costs what
/// it touches, whatever the size of its tables.
/// </summary>
internal sealed class RowStore
{
    private readonly Dictionary<string, RowTable> _tables = new(StringComparer.Ordinal);

    private List<UndoEntry>? _undo;
    private HashSet<(RowTable Table, Guid Id)>? _touched;
    private long _version;

    public bool InTransaction => _undo is not null;

    /// <summary>Rows the open transaction has saved for a rollback: one per row it touched (0 outside one).</summary>
    public int UndoLength => _undo?.Count ?? 0;

    public void Begin()
    {
        if (_undo is not null)
        {
            throw new InvalidOperationException("A transaction is already open; the pipeline joins it instead.");
        }

        _undo = [];
        _touched = [];
    }

    public void Commit() => Close();

    public void Rollback()
    {
        for (var i = (_undo?.Count ?? 0) - 1; i >= 0; i--)
        {
            _undo![i].Table.Restore(_undo[i]);
        }

        Close();
    }

    /// <summary>The stored row (read-only by convention), or null.</summary>
    public Entity? Get(string entityName, Guid id) => _tables.GetValueOrDefault(entityName)?.Get(id);

    public IReadOnlyList<Entity> All(string entityName) => _tables.GetValueOrDefault(entityName)?.All() ?? [];

    /// <summary>The secondary indexes of <paramref name="entityName"/> (the declared set, architecture.md §7).</summary>
    public IReadOnlyList<SecondaryIndex> IndexesOf(string entityName) => _tables.GetValueOrDefault(entityName)?.Indexes ?? [];

    /// <summary>Inserts a row, or replaces it where it stands (creation order is kept).</summary>
    public void Put(Entity row)
    {
        var table = TableForWrite(row.LogicalName);
        Remember(table, row.Id);
        table.Put(row);
    }

    public bool Remove(string entityName, Guid id)
    {
        if (_tables.GetValueOrDefault(entityName) is not { } table || table.Get(id) is null)
        {
            return false;
        }

        Remember(table, id);
        table.Remove(id);
        if (_undo is null)
        {
            table.Compact();
        }

        return true;
    }

    /// <summary>The next row version; it only grows, so the Web API emulator can use it as an ETag.</summary>
    public long NextVersion() => ++_version;

    private void Remember(RowTable table, Guid id)
    {
        if (_undo is not null && _touched!.Add((table, id)))
        {
            var slot = table.SlotOf(id);
            _undo.Add(new UndoEntry(table, id, slot, slot?.Row));
        }
    }

    private void Close()
    {
        foreach (var table in _undo?.Select(e => e.Table).Distinct() ?? [])
        {
            table.Compact();
        }

        _undo = null;
        _touched = null;
    }

    private RowTable TableForWrite(string entityName)
    {
        if (!_tables.TryGetValue(entityName, out var table))
        {
            table = new RowTable([.. DeclaredIndexes.Of(entityName).Select(d => new SecondaryIndex(d))]);
            _tables[entityName] = table;
        }

        return table;
    }
}
