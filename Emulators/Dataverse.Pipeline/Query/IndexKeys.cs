using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// The values of one column that a filter restricts every matching row to, when it does: an Equal or In on the
/// column, anywhere in an And, or in every branch of an Or. Null when the filter lets other values through.
/// </summary>
internal static class IndexKeys
{
    public static IReadOnlyList<object>? Of(FilterExpression filter, string column)
    {
        var branches = filter.Conditions.Select(c => Of(c, column)).Concat(filter.Filters.Select(f => Of(f, column))).ToList();
        if (filter.FilterOperator == LogicalOperator.Or)
        {
            return branches.Count > 0 && branches.All(b => b is not null) ? [.. branches.SelectMany(b => b!)] : null;
        }

        return branches.FirstOrDefault(b => b is not null);
    }

    private static IReadOnlyList<object>? Of(ConditionExpression condition, string column)
    {
        if (condition.AttributeName != column || !string.IsNullOrEmpty(condition.EntityName))
        {
            return null;
        }

        return condition.Operator switch
        {
            // A malformed Equal is left to the scan, which refuses it.
            ConditionOperator.Equal when condition.Values.Count == 1 && condition.Values[0] is { } value => [value],
            ConditionOperator.In => [.. condition.Values.Where(v => v is not null)],
            _ => null,
        };
    }
}
