using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// One table's rows: by id, in creation order, and in the table's declared secondary indexes. Every write
/// costs what it touches: the row's slot and its index entries, never the whole table.
/// </summary>
internal sealed class RowTable(IReadOnlyList<SecondaryIndex> indexes)
{
    // Compaction of emptied slots waits until this many have piled up, and they are half the order.
    private const int CompactionThreshold = 1024;

    private readonly Dictionary<Guid, RowSlot> _byId = [];
    private List<RowSlot> _order = [];
    private int _emptySlots;

    public IReadOnlyList<SecondaryIndex> Indexes { get; } = indexes;

    public RowSlot? SlotOf(Guid id) => _byId.GetValueOrDefault(id);

    public Entity? Get(Guid id) => _byId.TryGetValue(id, out var slot) ? slot.Row : null;

    public IReadOnlyList<Entity> All()
    {
        var rows = new List<Entity>(_byId.Count);
        foreach (var slot in _order)
        {
            if (slot.Row is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>Inserts a row at the end of the creation order, or replaces it where it stands.</summary>
    public void Put(Entity row)
    {
        if (_byId.TryGetValue(row.Id, out var slot))
        {
            Unindex(slot.Row!);
            slot.Row = row;
        }
        else
        {
            slot = new RowSlot(row);
            _byId[row.Id] = slot;
            _order.Add(slot);
        }

        Index(row);
    }

    public bool Remove(Guid id)
    {
        if (!_byId.Remove(id, out var slot))
        {
            return false;
        }

        Unindex(slot.Row!);
        slot.Row = null;
        _emptySlots++;
        return true;
    }

    /// <summary>Makes <paramref name="id"/> what <paramref name="entry"/> saved: its row back in its slot, or absent.</summary>
    public void Restore(UndoEntry entry)
    {
        Remove(entry.Id);
        if (entry.Slot is { } slot && entry.Row is { } row)
        {
            _emptySlots--;
            slot.Row = row;
            _byId[entry.Id] = slot;
            Index(row);
        }
    }

    /// <summary>Drops emptied slots once they are many; only outside a transaction, whose undo log may hold them.</summary>
    public void Compact()
    {
        if (_emptySlots >= CompactionThreshold && _emptySlots * 2 >= _order.Count)
        {
            _order = [.. _order.Where(s => s.Row is not null)];
            _emptySlots = 0;
        }
    }

    private void Index(Entity row)
    {
        foreach (var index in Indexes)
        {
            index.Add(row);
        }
    }

    private void Unindex(Entity row)
    {
        foreach (var index in Indexes)
        {
            index.Remove(row);
        }
    }
}
