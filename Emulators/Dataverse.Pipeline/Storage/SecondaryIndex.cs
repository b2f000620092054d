using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Query;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// The live content of one <see cref="IndexDefinition"/>: per key value (compared as queries compare it), the
/// rows holding it in a sorted tree. Rows whose key column is empty are not indexed: no equality matches them.
/// </summary>
internal sealed class SecondaryIndex(IndexDefinition definition)
{
    private readonly Dictionary<object, SortedSet<Entity>> _byKey = new(IndexKeyComparer.Instance);

    public IndexDefinition Definition { get; } = definition;

    /// <summary>The order of every group: the order columns ascending, the primary key last.</summary>
    public RowOrder Order { get; } = new([.. definition.OrderColumns.Select(c => (c, false))]);

    public void Add(Entity row)
    {
        if (KeyOf(row) is { } key)
        {
            if (!_byKey.TryGetValue(key, out var rows))
            {
                rows = new SortedSet<Entity>(Order);
                _byKey[key] = rows;
            }

            rows.Add(row);
        }
    }

    public void Remove(Entity row)
    {
        if (KeyOf(row) is { } key && _byKey.TryGetValue(key, out var rows) && rows.Remove(row) && rows.Count == 0)
        {
            _byKey.Remove(key);
        }
    }

    /// <summary>The rows whose key equals <paramref name="value"/>, in order, after <paramref name="after"/> (null = from the first).</summary>
    public IEnumerable<Entity> Rows(object value, Entity? after)
    {
        if (!_byKey.TryGetValue(ValueComparer.Normalize(value), out var rows))
        {
            return [];
        }

        if (after is null)
        {
            return rows;
        }

        return Order.Compare(after, rows.Max!) >= 0
            ? []
            : rows.GetViewBetween(after, rows.Max!).SkipWhile(r => Order.Compare(r, after) <= 0);
    }

    private object? KeyOf(Entity row) =>
        row.Attributes.TryGetValue(Definition.KeyColumn, out var value) && value is not null ? ValueComparer.Normalize(value) : null;
}
