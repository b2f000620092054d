using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline.Operations;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// Runs a QueryExpression over one table: Criteria (nested And/Or), Orders (else creation order), TopCount,
/// PageInfo (Count rows of page PageNumber, or after the PagingCookie's position; MoreRecords) and the
/// ColumnSet (the SDK subset has no link entities). A query that needs only its first rows and that a
/// secondary index serves reads them through the index (<see cref="IndexedRead"/>); any other scans the table.
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

        var order = RowOrder.Of(query.Orders);
        var after = PagingPosition.Of(query);
        var skip = pageSize > 0 && after is null ? (Math.Max(query.PageInfo!.PageNumber, 1) - 1) * pageSize : 0;
        var counted = query.PageInfo?.ReturnTotalRecordCount == true;
        var limit = query.TopCount ?? (pageSize > 0 ? skip + pageSize + 1 : (int?)null);
        var total = -1;
        var matches = limit is { } first && !counted ? IndexedRead.TryRead(store, query, order, after, first) : null;
        if (matches is null)
        {
            var all = Candidates(store, query).Where(r => ConditionEvaluator.Matches(query.Criteria, r)).OrderBy(r => r, order).ToList();
            total = counted ? all.Count : -1;
            matches = after is null ? all : [.. all.Where(r => order.Compare(r, after) > 0)];
        }

        var selected = query.TopCount is { } top ? matches.Take(top) : matches;
        var moreRecords = false;
        if (pageSize > 0)
        {
            selected = matches.Skip(skip).Take(pageSize);
            moreRecords = matches.Count > skip + pageSize;
        }

        var projection = RetrieveOperation.Projection(query.EntityName, query.ColumnSet ?? new ColumnSet());
        return new EntityCollection([.. selected.Select(r => copier.CopyOut(r, projection))])
        {
            EntityName = query.EntityName,
            MoreRecords = moreRecords,
            TotalRecordCount = total,
        };
    }

    /// <summary>
    /// The rows a query can match: when its criteria restrict the primary key to a few ids (Equal, In, an Or of them),
    /// those rows fetched by id, as Dataverse seeks its clustered primary key; else the whole table.
    /// </summary>
    private static IEnumerable<Entity> Candidates(RowStore store, QueryExpression query)
    {
        if (IndexKeys.Of(query.Criteria, query.EntityName + "id") is not { } keys)
        {
            return store.All(query.EntityName);
        }

        var ids = keys.Select(k => k is Guid id ? id : Guid.TryParse(k as string, out var parsed) ? parsed : (Guid?)null).ToList();
        return ids.Any(id => id is null)
            ? store.All(query.EntityName)
            : ids.Distinct().Select(id => store.Get(query.EntityName, id!.Value)).OfType<Entity>();
    }
}
