using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// The conditions of one table's <c>$filter</c>: comparisons, the OData string functions and the Dataverse query
/// functions, each negated on request. Wildcards in contains/startswith/endswith values act as SQL wildcards,
/// as in Dataverse (filter-rows "Use wildcard characters"); string comparisons ignore case.
/// </summary>
internal sealed class FilterConditions(TableMetadata table)
{
    private static readonly Dictionary<string, (ConditionOperator Operator, ConditionOperator Negated, string Kind)> Operators = new()
    {
        ["eq"] = (ConditionOperator.Equal, ConditionOperator.NotEqual, "Equal"),
        ["ne"] = (ConditionOperator.NotEqual, ConditionOperator.Equal, "NotEqual"),
        ["gt"] = (ConditionOperator.GreaterThan, ConditionOperator.LessEqual, "GreaterThan"),
        ["ge"] = (ConditionOperator.GreaterEqual, ConditionOperator.LessThan, "GreaterThanOrEqual"),
        ["lt"] = (ConditionOperator.LessThan, ConditionOperator.GreaterEqual, "LessThan"),
        ["le"] = (ConditionOperator.LessEqual, ConditionOperator.GreaterThan, "LessThanOrEqual"),
    };

    public FilterExpression Comparison(string property, string op, FilterToken literal, bool negated)
    {
        var column = Column(property);
        if (!Operators.TryGetValue(op, out var known))
        {
            throw ApiException.BadRequest($"'{op}' is not a comparison operator; use eq, ne, gt, ge, lt or le.");
        }

        if (literal.Is(FilterTokenKind.Literal, "null"))
        {
            var isNull = op switch
            {
                "eq" => !negated,
                "ne" => negated,
                _ => throw ApiException.BadRequest($"The operator '{op}' cannot compare '{property}' with null; use eq null or ne null."),
            };
            return Single(column, isNull ? ConditionOperator.Null : ConditionOperator.NotNull);
        }

        var value = FilterLiterals.Convert(column, literal, known.Kind);
        return Single(column, negated ? known.Negated : known.Operator, value);
    }

    public FilterExpression Text(string function, string property, string value, bool negated)
    {
        var column = Column(property);
        if (column.Type != ColumnType.String)
        {
            throw ApiException.BadRequest($"The function '{function}' applies to text properties; '{property}' is {column.EdmType}.");
        }

        var pattern = function switch
        {
            "contains" => "%" + value + "%",
            "startswith" => value + "%",
            _ => "%" + value,
        };
        return Single(column, negated ? ConditionOperator.NotLike : ConditionOperator.Like, pattern);
    }

    /// <summary>Microsoft.Dynamics.CRM.In, NotIn, Between, NotBetween (PropertyName, PropertyValues; values as strings).</summary>
    public FilterExpression QueryFunction(string name, IReadOnlyDictionary<string, List<string>> arguments, bool negated)
    {
        const string Prefix = "Microsoft.Dynamics.CRM.";
        var function = name.StartsWith(Prefix, StringComparison.Ordinal) ? name[Prefix.Length..] : name;
        if (function is not ("In" or "NotIn" or "Between" or "NotBetween"))
        {
            throw name.StartsWith(Prefix, StringComparison.Ordinal)
                ? ApiException.NotEmulated($"The query function '{name}'")
                : ApiException.BadRequest($"An unknown function with name '{name}' was found.");
        }

        var column = Column(Argument(arguments, name, "PropertyName").Single());
        var values = Argument(arguments, name, "PropertyValues").Select(v => ODataValues.FromText(column, v)).ToArray();
        var negative = function.StartsWith("Not", StringComparison.Ordinal) != negated;
        if (function.EndsWith("In", StringComparison.Ordinal))
        {
            return values.Length == 0
                ? throw ApiException.BadRequest($"{name} needs at least one value in PropertyValues.")
                : Single(column, negative ? ConditionOperator.NotIn : ConditionOperator.In, values);
        }

        if (values.Length != 2)
        {
            throw ApiException.BadRequest($"{name} needs exactly two values in PropertyValues.");
        }

        // The harness evaluates ranges as two comparisons; NotBetween is "below the first or above the second".
        var range = new FilterExpression(negative ? LogicalOperator.Or : LogicalOperator.And);
        range.AddCondition(column.LogicalName, negative ? ConditionOperator.LessThan : ConditionOperator.GreaterEqual, values[0]);
        range.AddCondition(column.LogicalName, negative ? ConditionOperator.GreaterThan : ConditionOperator.LessEqual, values[1]);
        return range;
    }

    private ColumnMetadata Column(string property) =>
        table.ByProperty(property) ?? (property.Contains('/', StringComparison.Ordinal)
            ? throw ApiException.NotEmulated($"Filtering on a related table's column ('{property}')")
            : throw ApiException.UnknownProperty(property, table.TypeName));

    private static List<string> Argument(IReadOnlyDictionary<string, List<string>> arguments, string function, string name) =>
        arguments.TryGetValue(name, out var values) ? values : throw ApiException.BadRequest($"{function} needs the parameter '{name}'.");

    private static FilterExpression Single(ColumnMetadata column, ConditionOperator op, params object[] values)
    {
        var filter = new FilterExpression(LogicalOperator.And);
        filter.AddCondition(column.LogicalName, op, values);
        return filter;
    }
}
