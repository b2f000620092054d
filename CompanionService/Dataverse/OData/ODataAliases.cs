namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// The parameter aliases of one query (<c>@p1</c>, <c>@p2</c>, …) and their literal values, which follow
/// the query options in the URL: <c>$filter=Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)&amp;@p1='lastname'&amp;@p2=["O'Brian"]</c>
/// (dataverse.md §0 Decision 7, §6).
/// </summary>
public sealed class ODataAliases
{
    private readonly List<KeyValuePair<string, string>> _values = [];

    /// <summary>The aliases in order, each with its literal (not yet URL-encoded).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values => _values;

    /// <summary>Adds a value and returns its alias, <c>@p{n}</c>.</summary>
    public string Add(string literal)
    {
        var name = "@p" + (_values.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add(new(name, literal));
        return name;
    }

    /// <summary>The aliases as query-string pairs, <c>&amp;@p1=…</c>, values encoded.</summary>
    public string ToQueryString() =>
        string.Concat(_values.Select(v => "&" + v.Key + "=" + ODataUri.Escape(v.Value)));
}
