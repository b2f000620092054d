namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// Decision 5: never the same key twice in one batch (Marketo answers 1036, or creates duplicates) —
/// the latest intent for a key wins. Pure.
/// </summary>
internal static class MarketoBatchDeduplicator
{
    /// <summary>
    /// For each item, whether it is the last one with its key (and so is sent). Items whose key is null
    /// are kept: they are decided elsewhere (e.g. a new lead without an e-mail address).
    /// </summary>
    public static bool[] LatestWins<T, TKey>(
        IReadOnlyList<T> items, Func<T, TKey?> key, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>(comparer ?? EqualityComparer<TKey>.Default);
        var keep = new bool[items.Count];
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var k = key(items[i]);
            keep[i] = k is null || seen.Add(k);
        }

        return keep;
    }

    /// <summary>
    /// Keeps, of <paramref name="candidates"/> (input positions), the last of each key; the earlier duplicates
    /// come back decided as Superseded, with <paramref name="reason"/>'s words (given the duplicate and the item kept
    /// in its place) or, without it, the general ones.
    /// </summary>
    public static KeyedSelection Supersede<T, TKey>(
        IReadOnlyList<T> items,
        IReadOnlyList<int> candidates,
        Func<T, TKey?> key,
        string keyName,
        IEqualityComparer<TKey>? comparer = null,
        Func<T, T, string>? reason = null)
        where TKey : notnull
    {
        var subset = candidates.Select(i => items[i]).ToList();
        var keep = LatestWins(subset, key, comparer);
        var survivors = new List<int>(candidates.Count);
        var superseded = new List<DecidedRecord>();
        for (var j = 0; j < candidates.Count; j++)
        {
            if (keep[j])
            {
                survivors.Add(candidates[j]);
            }
            else
            {
                var kept = subset.FindLastIndex(item => (comparer ?? EqualityComparer<TKey>.Default).Equals(key(item)!, key(subset[j])!));
                superseded.Add(new DecidedRecord(candidates[j], MarketoOutcome.Superseded(reason is null
                    ? $"A later record in the same batch has the same {keyName}; only the latest was sent."
                    : reason(subset[j], subset[kept]))));
            }
        }

        return new KeyedSelection(survivors, superseded);
    }
}
