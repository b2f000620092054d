using System.Collections;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One condition: attribute, operator and values. A collection argument (e.g. <c>int[]</c>) is spread
/// into <see cref="Values"/>, as with <c>params object[]</c> (dataverse.md §1.4).</summary>
public sealed class ConditionExpression
{
    public ConditionExpression()
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, values)
    {
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator)
    {
        if (values is not null)
        {
            Values.AddRange(values);
        }
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, value)
    {
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator)
    {
        Values.Add(value);
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator)
    {
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Values.Add(value);
            }
        }
    }

    public string? EntityName { get; set; }

    public string AttributeName { get; set; } = null!;

    public ConditionOperator Operator { get; set; }

    public DataCollection<object> Values { get; } = new();
}
