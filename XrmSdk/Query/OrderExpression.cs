namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One sort key of a query.</summary>
public sealed class OrderExpression
{
    public OrderExpression()
    {
    }

    public OrderExpression(string attributeName, OrderType orderType)
    {
        AttributeName = attributeName;
        OrderType = orderType;
    }

    public string AttributeName { get; set; } = null!;

    public OrderType OrderType { get; set; }
}
