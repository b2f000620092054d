using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// Decides whether a row satisfies a FilterExpression. Comparisons with a null column are false, as in SQL
/// (so NotEqual and NotIn do not return rows where the column is empty); Null/NotNull test for it.
/// </summary>
internal static class ConditionEvaluator
{
    public static bool Matches(FilterExpression? filter, Entity row)
    {
        if (filter is null)
        {
            return true;
        }

        var results = filter.Conditions.Select(c => Matches(c, row))
            .Concat(filter.Filters.Select(f => Matches(f, row)));
        return filter.FilterOperator == LogicalOperator.Or ? results.DefaultIfEmpty(true).Any(r => r) : results.All(r => r);
    }

    private static bool Matches(ConditionExpression condition, Entity row)
    {
        if (!string.IsNullOrEmpty(condition.EntityName) && condition.EntityName != row.LogicalName)
        {
            throw new NotSupportedException(
                $"Condition on '{condition.EntityName}.{condition.AttributeName}': link-entity conditions are not " +
                "emulated by the pipeline harness.");
        }

        row.Attributes.TryGetValue(condition.AttributeName, out var value);
        var values = condition.Values.ToList();
        return condition.Operator switch
        {
            ConditionOperator.Null => value is null,
            ConditionOperator.NotNull => value is not null,
            _ when value is null => false,
            ConditionOperator.Equal => ValueComparer.AreEqual(value, Single(condition, values)),
            ConditionOperator.NotEqual => !ValueComparer.AreEqual(value, Single(condition, values)),
            ConditionOperator.In => In(condition, value, values),
            ConditionOperator.NotIn => !In(condition, value, values),
            ConditionOperator.GreaterThan => ValueComparer.Compare(value, Single(condition, values)) > 0,
            ConditionOperator.GreaterEqual => ValueComparer.Compare(value, Single(condition, values)) >= 0,
            ConditionOperator.LessThan => ValueComparer.Compare(value, Single(condition, values)) < 0,
            ConditionOperator.LessEqual => ValueComparer.Compare(value, Single(condition, values)) <= 0,
            ConditionOperator.Like => Like(value, Text(condition, values)),
            ConditionOperator.NotLike => !Like(value, Text(condition, values)),
            ConditionOperator.BeginsWith => Like(value, LikePattern.BeginsWith(Text(condition, values))),
            ConditionOperator.DoesNotBeginWith => !Like(value, LikePattern.BeginsWith(Text(condition, values))),
            ConditionOperator.EndsWith => Like(value, LikePattern.EndsWith(Text(condition, values))),
            ConditionOperator.DoesNotEndWith => !Like(value, LikePattern.EndsWith(Text(condition, values))),
            _ => throw new NotSupportedException(
                $"Condition operator {condition.Operator} on '{condition.AttributeName}' is not emulated by the pipeline harness."),
        };
    }

    private static bool Like(object value, string pattern) =>
        value is string text
            ? LikePattern.Matches(text, pattern)
            : throw new PlatformFaultException(PlatformFault.InvalidArgument, "Like-type operators apply to text columns only.");

    private static object Single(ConditionExpression condition, List<object> values) =>
        values.Count == 1 && values[0] is not null
            ? values[0]
            : throw new PlatformFaultException(PlatformFault.InvalidArgument,
                $"Condition operator {condition.Operator} on '{condition.AttributeName}' takes exactly one non-null value.");

    private static string Text(ConditionExpression condition, List<object> values) =>
        Single(condition, values) as string
        ?? throw new PlatformFaultException(PlatformFault.InvalidArgument,
            $"Condition operator {condition.Operator} on '{condition.AttributeName}' takes a text value.");

    /// <summary>
    /// Whether <paramref name="value"/> is one of <paramref name="values"/>. A long list of texts or ids (an In of
    /// hundreds of addresses or keys) is looked up in a set built once per condition, so a query costs its rows, not its
    /// rows times its values; the answer is the same as comparing one by one.
    /// </summary>
    private static bool In(ConditionExpression condition, object value, List<object> values)
    {
        if (values.Count > 8 && (value is string or Guid) && Sets.GetValue(condition, _ => KeySet(values)) is { } set
            && set.First().GetType() == value.GetType())
        {
            return set.Contains(ValueComparer.Normalize(value));
        }

        return values.Any(v => ValueComparer.AreEqual(value, v));
    }

    /// <summary>The values as a set, when they are all texts or all ids; else null (compared one by one).</summary>
    private static HashSet<object>? KeySet(List<object> values) =>
        values.All(v => v is string) || values.All(v => v is Guid)
            ? values.Select(ValueComparer.Normalize).ToHashSet(Storage.IndexKeyComparer.Instance)
            : null;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ConditionExpression, HashSet<object>?> Sets = new();
}
