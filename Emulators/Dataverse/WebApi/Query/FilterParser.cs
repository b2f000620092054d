using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// Parses <c>$filter</c> into the FilterExpression of a QueryExpression, so a Web API query runs through the
/// organisation's RetrieveMultiple like the SDK's (dataverse.md §6: eq ne gt ge lt le, and or not,
/// parentheses, contains/startswith/endswith, <c>Microsoft.Dynamics.CRM.In</c> and friends). <c>not</c> is pushed
/// down to the conditions (De Morgan; eq ↔ ne, Like ↔ NotLike, In ↔ NotIn …), since a QueryExpression has no
/// negation; a comparison with an empty column is false either way, as in SQL.
/// </summary>
internal sealed class FilterParser
{
    private readonly FilterCursor _cursor;
    private readonly FilterConditions _conditions;

    private FilterParser(string text, TableMetadata table, Func<string, string?> alias)
    {
        _cursor = new FilterCursor(text, FilterLexer.Tokenize(text, alias));
        _conditions = new FilterConditions(table);
    }

    public static FilterExpression Parse(string filter, TableMetadata table, Func<string, string?> alias)
    {
        var parser = new FilterParser(filter, table, alias);
        var expression = parser.Or(negated: false);
        if (!parser._cursor.Peek.Is(FilterTokenKind.End))
        {
            throw parser._cursor.Syntax("the end of the expression");
        }

        return expression;
    }

    private FilterExpression Or(bool negated)
    {
        var parts = new List<FilterExpression> { And(negated) };
        while (_cursor.Skip(FilterTokenKind.Word, "or"))
        {
            parts.Add(And(negated));
        }

        return Combine(parts, negated ? LogicalOperator.And : LogicalOperator.Or);
    }

    private FilterExpression And(bool negated)
    {
        var parts = new List<FilterExpression> { Unary(negated) };
        while (_cursor.Skip(FilterTokenKind.Word, "and"))
        {
            parts.Add(Unary(negated));
        }

        return Combine(parts, negated ? LogicalOperator.Or : LogicalOperator.And);
    }

    private FilterExpression Unary(bool negated)
    {
        if (_cursor.Skip(FilterTokenKind.Word, "not"))
        {
            return Unary(!negated);
        }

        if (_cursor.Skip(FilterTokenKind.Punctuation, "("))
        {
            var inner = Or(negated);
            _cursor.Expect(")");
            return inner;
        }

        var name = _cursor.Take(FilterTokenKind.Word, "a property or a function");
        if (_cursor.Skip(FilterTokenKind.Punctuation, "("))
        {
            return Function(name.Text, negated);
        }

        var op = _cursor.Take(FilterTokenKind.Word, "a comparison operator (eq, ne, gt, ge, lt, le)");
        return _conditions.Comparison(name.Text, op.Text, _cursor.TakeValue(), negated);
    }

    private FilterExpression Function(string name, bool negated)
    {
        if (name is "contains" or "startswith" or "endswith")
        {
            var property = _cursor.Take(FilterTokenKind.Word, "a property");
            _cursor.Expect(",");
            var value = _cursor.Take(FilterTokenKind.String, "a quoted string");
            _cursor.Expect(")");
            return _conditions.Text(name, property.Text, value.Text, negated);
        }

        var arguments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (!_cursor.Skip(FilterTokenKind.Punctuation, ")"))
        {
            var argument = _cursor.Take(FilterTokenKind.Word, "a parameter name").Text;
            _cursor.Expect("=");
            arguments[argument] = _cursor.Values();
            if (!_cursor.Peek.Is(FilterTokenKind.Punctuation, ")"))
            {
                _cursor.Expect(",");
            }
        }

        return _conditions.QueryFunction(name, arguments, negated);
    }

    private static FilterExpression Combine(List<FilterExpression> parts, LogicalOperator logical)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var combined = new FilterExpression(logical);
        parts.ForEach(combined.AddFilter);
        return combined;
    }
}
