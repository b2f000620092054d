using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// Reads the first rows of a query through a secondary index instead of scanning the table: when the query
/// sorts exactly as an index does and its criteria restrict the index's key column to a few values (Equal, In,
/// an Or of them), the rows of those values are merged in order from the paging position, each tested against
/// the whole criteria, until enough are found. The rows are those the scan would return, in the same order.
/// </summary>
internal static class IndexedRead
{
    /// <summary>Up to <paramref name="limit"/> matching rows after <paramref name="after"/>, or null when no index serves the query.</summary>
    public static IReadOnlyList<Entity>? TryRead(RowStore store, QueryExpression query, RowOrder order, Entity? after, int limit)
    {
        foreach (var index in store.IndexesOf(query.EntityName))
        {
            if (index.Order.SameAs(order) && IndexKeys.Of(query.Criteria, index.Definition.KeyColumn) is { } keys)
            {
                var streams = keys.Select(ValueComparer.Normalize).Distinct(IndexKeyComparer.Instance)
                    .Select(k => index.Rows(k, after).GetEnumerator());
                return [.. Merge([.. streams], order).Where(r => ConditionEvaluator.Matches(query.Criteria, r)).Take(limit)];
            }
        }

        return null;
    }

    private static IEnumerable<Entity> Merge(List<IEnumerator<Entity>> streams, RowOrder order)
    {
        var live = streams.Where(s => s.MoveNext()).ToList();
        while (live.Count > 0)
        {
            var next = live.MinBy(s => s.Current, order)!;
            yield return next.Current;
            if (!next.MoveNext())
            {
                live.Remove(next);
            }
        }
    }
}
