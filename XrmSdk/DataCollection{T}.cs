using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>A list of values (entities, columns, conditions). Its constructors are internal, as in the real SDK.</summary>
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    /// <summary>Wraps <paramref name="list"/> (no copy), like <see cref="Collection{T}(IList{T})"/>.</summary>
    internal DataCollection(IList<T> list)
        : base(list)
    {
    }

    public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

    public void AddRange(IEnumerable<T> items)
    {
        if (items is null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
