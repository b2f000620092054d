namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Conditions and child filters joined by And or Or (And by default).</summary>
public sealed class FilterExpression
{
    public FilterExpression()
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
    }

    public LogicalOperator FilterOperator { get; set; }

    public string? FilterHint { get; set; }

    public DataCollection<ConditionExpression> Conditions { get; } = new();

    public DataCollection<FilterExpression> Filters { get; } = new();

    public bool IsQuickFindFilter { get; set; }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

    public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }

    public void AddFilter(FilterExpression childFilter) => Filters.Add(childFilter);
}
