namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query on one table: columns, criteria, order and paging. Criteria (And) and ColumnSet (no columns)
/// are never null on a new instance (dataverse.md §1.4).</summary>
public sealed class QueryExpression : QueryBase
{
    public QueryExpression()
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
    }

    public bool Distinct { get; set; }

    public bool NoLock { get; set; }

    public PagingInfo PageInfo { get; set; } = new();

    public string? QueryHints { get; set; }

    public FilterExpression Criteria { get; set; } = new();

    public DataCollection<OrderExpression> Orders { get; } = new();

    public string EntityName { get; set; } = null!;

    public ColumnSet ColumnSet { get; set; } = new();

    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
}
