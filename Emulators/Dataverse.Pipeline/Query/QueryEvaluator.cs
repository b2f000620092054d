using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline.Operations;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// Runs a QueryExpression over one table: Criteria (nested And/Or), Orders (else creation order), TopCount,
/// PageInfo (Count rows of page PageNumber, MoreRecords) and the ColumnSet (the SDK subset has no link entities).
/// </summary>
internal static class QueryEvaluator
{
    public static EntityCollection Run(QueryExpression query, RowStore store, RowCopier copier)
    {
        var pageSize = query.PageInfo?.Count ?? 0;
        if (query.TopCount is not null && pageSize > 0)
        {
            throw new PlatformFaultException(PlatformFault.InvalidArgument,
                $"Query of {query.EntityName}: TopCount and PageInfo cannot be used together.");
        }

        var matches = Order(store.All(query.EntityName).Where(r => ConditionEvaluator.Matches(query.Criteria, r)), query.Orders)
            .ToList();
        var selected = query.TopCount is { } top ? matches.Take(top).ToList() : matches;
        var moreRecords = false;
        if (pageSize > 0)
        {
            var skip = (Math.Max(query.PageInfo!.PageNumber, 1) - 1) * pageSize;
            selected = matches.Skip(skip).Take(pageSize).ToList();
            moreRecords = matches.Count > skip + pageSize;
        }

        var projection = RetrieveOperation.Projection(query.EntityName, query.ColumnSet ?? new ColumnSet());
        var result = new EntityCollection(selected.Select(r => copier.CopyOut(r, projection)).ToList())
        {
            EntityName = query.EntityName,
            MoreRecords = moreRecords,
            TotalRecordCount = query.PageInfo?.ReturnTotalRecordCount == true ? matches.Count : -1,
        };
        return result;
    }

    private static IEnumerable<Entity> Order(IEnumerable<Entity> rows, IEnumerable<OrderExpression> orders)
    {
        IOrderedEnumerable<Entity>? ordered = null;
        foreach (var order in orders)
        {
            var comparer = Comparer<object?>.Create(ValueComparer.CompareNullable);
            object? Key(Entity row) => row.Attributes.TryGetValue(order.AttributeName, out var value) ? value : null;
            var descending = order.OrderType == OrderType.Descending;
            ordered = ordered is null
                ? descending ? rows.OrderByDescending(Key, comparer) : rows.OrderBy(Key, comparer)
                : descending ? ordered.ThenByDescending(Key, comparer) : ordered.ThenBy(Key, comparer);
        }

        return ordered ?? rows;
    }
}
