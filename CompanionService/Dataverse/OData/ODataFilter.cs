namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// A <c>$filter</c> expression, built only from checked column names and escaped literals
/// (<see cref="ODataLiteral"/>), so a value such as <c>O'Brian &amp; Sons #1</c> can never change the
/// query. Rendered against the query's <see cref="ODataAliases"/>, which <see cref="In"/> uses
/// (Decision 7: values through parameter aliases).
/// </summary>
public sealed class ODataFilter
{
    private readonly Func<ODataAliases, string> _render;

    private ODataFilter(Func<ODataAliases, string> render) => _render = render;

    /// <summary><c>column eq value</c>; a null value tests for null.</summary>
    public static ODataFilter Eq(string column, object? value) => Compare(column, "eq", value);

    /// <summary><c>column ne value</c>.</summary>
    public static ODataFilter Ne(string column, object? value) => Compare(column, "ne", value);

    /// <summary><c>column lt value</c>.</summary>
    public static ODataFilter Lt(string column, object value) => Compare(column, "lt", value);

    /// <summary><c>column le value</c>.</summary>
    public static ODataFilter Le(string column, object value) => Compare(column, "le", value);

    /// <summary><c>column gt value</c>.</summary>
    public static ODataFilter Gt(string column, object value) => Compare(column, "gt", value);

    /// <summary><c>column ge value</c>.</summary>
    public static ODataFilter Ge(string column, object value) => Compare(column, "ge", value);

    /// <summary>
    /// <c>startswith(column,'text')</c>. Dataverse reads <c>%</c>, <c>_</c> and <c>[</c> in the text as SQL wildcards,
    /// so <paramref name="text"/> must hold none of them.
    /// </summary>
    public static ODataFilter StartsWith(string column, string text)
    {
        ODataUri.Name(column);
        if (text.AsSpan().IndexOfAny("%_[") >= 0)
        {
            throw new ArgumentException("A startswith text must not hold the wildcards %, _ or [.", nameof(text));
        }

        var literal = ODataLiteral.Text(text);
        return new(_ => $"startswith({column},{literal})");
    }

    /// <summary>
    /// <c>Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)</c> with
    /// <c>@p1='column'</c> and <c>@p2=["v1","v2",…]</c>: the values are strings, as the function requires.
    /// </summary>
    public static ODataFilter In(string column, IEnumerable<string> values)
    {
        ODataUri.Name(column);
        var list = values.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Microsoft.Dynamics.CRM.In needs at least one value.", nameof(values));
        }

        return new(aliases =>
        {
            var name = aliases.Add(ODataLiteral.Text(column));
            var array = aliases.Add(ODataLiteral.StringArray(list));
            return $"Microsoft.Dynamics.CRM.In(PropertyName={name},PropertyValues={array})";
        });
    }

    /// <summary>All of <paramref name="filters"/>, each in parentheses.</summary>
    public static ODataFilter And(params ODataFilter[] filters) => Join("and", filters);

    /// <summary>Any of <paramref name="filters"/>, each in parentheses.</summary>
    public static ODataFilter Or(params ODataFilter[] filters) => Join("or", filters);

    /// <summary>The expression text; aliases it needs are added to <paramref name="aliases"/>.</summary>
    public string Render(ODataAliases aliases) => _render(aliases);

    /// <summary>The expression with its aliases, for diagnostics.</summary>
    public override string ToString()
    {
        var aliases = new ODataAliases();
        var text = Render(aliases);
        return text + string.Concat(aliases.Values.Select(a => $" {a.Key}={a.Value}"));
    }

    private static ODataFilter Compare(string column, string op, object? value)
    {
        var literal = ODataLiteral.From(value);
        ODataUri.Name(column);
        return new(_ => $"{column} {op} {literal}");
    }

    private static ODataFilter Join(string op, ODataFilter[] filters)
    {
        if (filters.Length == 0)
        {
            throw new ArgumentException("At least one filter is needed.", nameof(filters));
        }

        return filters.Length == 1
            ? filters[0]
            : new(aliases => string.Join($" {op} ", filters.Select(f => "(" + f.Render(aliases) + ")")));
    }
}
