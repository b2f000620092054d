using System.Collections.Concurrent;

namespace MsiDynamics.Emulators.Kit.Traffic;

/// <summary>Counts by key (an endpoint, a code, a status), for an emulator's traffic report. Thread-safe.</summary>
public sealed class KeyedCounts<TKey>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, long> _counts;

    public KeyedCounts(IEqualityComparer<TKey>? comparer = null) => _counts = new(comparer);

    /// <summary>Adds <paramref name="count"/> (default 1) to <paramref name="key"/>.</summary>
    public void Add(TKey key, long count = 1) => _counts.AddOrUpdate(key, count, (_, n) => n + count);

    /// <summary>The count of <paramref name="key"/>, 0 if none.</summary>
    public long Of(TKey key) => _counts.GetValueOrDefault(key);

    /// <summary>A copy of every count.</summary>
    public IReadOnlyDictionary<TKey, long> Snapshot() => new Dictionary<TKey, long>(_counts, _counts.Comparer);

    /// <summary>Sets every count back to zero.</summary>
    public void Clear() => _counts.Clear();
}
