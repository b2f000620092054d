using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The keyed collection behind attributes, parameters and images. Every member lives HERE, as in the real SDK:
/// a subclass that re-declared <c>Contains</c>, <c>TryGetValue</c> or the indexer would make callers bind to a
/// member the real DLL does not have (dataverse.md §0.1). Keys compare with the key type's default
/// comparer, so string keys are case-sensitive (§1.4).
/// </summary>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
    where TKey : notnull
{
    private readonly IDictionary<TKey, TValue> _items;

    protected internal DataCollection()
        : this(new Dictionary<TKey, TValue>())
    {
    }

    protected internal DataCollection(IDictionary<TKey, TValue> dictionary)
    {
        _items = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
    }

    /// <summary>Gets a value (a missing key throws <see cref="KeyNotFoundException"/>) or adds/overwrites one.</summary>
    public virtual TValue this[TKey key]
    {
        get => _items[key];
        set => _items[key] = value;
    }

    public int Count => _items.Count;

    public ICollection<TKey> Keys => _items.Keys;

    public ICollection<TValue> Values => _items.Values;

    public virtual bool IsReadOnly => false;

    public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item);

    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items is null)
        {
            return;
        }

        foreach (var item in items)
        {
            _items.Add(item);
        }
    }

    /// <summary>Adds a value; a duplicate key throws <see cref="ArgumentException"/>.</summary>
    public void Add(TKey key, TValue value) => _items.Add(key, value);

    public void Clear() => _items.Clear();

    /// <summary>True when the key is present, even if its value is null.</summary>
    public bool Contains(TKey key) => _items.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    public bool Remove(TKey key) => _items.Remove(key);

    public bool Remove(KeyValuePair<TKey, TValue> item) => _items.Remove(item);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
