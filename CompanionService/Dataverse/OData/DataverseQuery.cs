using MsiDynamics.CompanionService.Dataverse.Limits;

namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// A collection query of one entity set: <c>$select</c>, <c>$filter</c>, <c>$orderby</c>, <c>$top</c>, page
/// size (<c>Prefer: odata.maxpagesize</c>) and annotations: formatted values when asked, and the table of every
/// lookup selected (<c>_x_value@Microsoft.Dynamics.CRM.lookuplogicalname</c>), since an owner, customer or
/// connection end may point at more than one table (dataverse.md §6). Names are checked, values escaped and
/// URL-encoded (<see cref="ODataFilter"/>, <see cref="ODataUri"/>).
/// </summary>
public sealed class DataverseQuery
{
    private readonly List<string> _select = [];
    private readonly List<string> _orderBy = [];

    public DataverseQuery(string entitySetName) => EntitySetName = ODataUri.Name(entitySetName);

    /// <summary>The entity set, e.g. <c>msi_syncqueueitems</c>.</summary>
    public string EntitySetName { get; }

    /// <summary>The filter; null for all rows.</summary>
    public ODataFilter? Filter { get; private set; }

    /// <summary>At most this many rows in all (<c>$top</c>); null for no limit.</summary>
    public int? Top { get; private set; }

    /// <summary>Rows per page; null for <see cref="DataverseOptions.MaxPageSize"/>.</summary>
    public int? PageSize { get; private set; }

    /// <summary>Whether rows carry <c>column@OData.Community.Display.V1.FormattedValue</c>.</summary>
    public bool IncludeFormattedValues { get; private set; }

    public DataverseQuery Select(params IEnumerable<string> columns)
    {
        _select.AddRange(columns.Select(ODataUri.Name));
        return this;
    }

    public DataverseQuery Where(ODataFilter filter)
    {
        Filter = filter;
        return this;
    }

    public DataverseQuery OrderBy(string column, bool descending = false)
    {
        _orderBy.Add(ODataUri.Name(column) + (descending ? " desc" : " asc"));
        return this;
    }

    public DataverseQuery Take(int top)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        Top = top;
        return this;
    }

    public DataverseQuery WithPageSize(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, DataverseLimits.MaxPageSize);
        PageSize = rows;
        return this;
    }

    public DataverseQuery WithFormattedValues()
    {
        IncludeFormattedValues = true;
        return this;
    }

    /// <summary>The path relative to the Web API root: <c>set?$select=…&amp;$filter=…&amp;$orderby=…&amp;$top=…&amp;@p1=…</c>.</summary>
    public string ToPath()
    {
        var options = new List<string>();
        if (_select.Count > 0)
        {
            options.Add("$select=" + ODataUri.Escape(string.Join(",", _select)));
        }

        var aliases = new ODataAliases();
        if (Filter is not null)
        {
            options.Add("$filter=" + ODataUri.Escape(Filter.Render(aliases)));
        }

        if (_orderBy.Count > 0)
        {
            options.Add("$orderby=" + ODataUri.Escape(string.Join(",", _orderBy)));
        }

        if (Top is { } top)
        {
            options.Add("$top=" + top.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var query = string.Join("&", options) + aliases.ToQueryString();
        return query.Length == 0 ? EntitySetName : EntitySetName + "?" + query.TrimStart('&');
    }

    /// <summary>Whether rows carry the table each selected lookup points at: true when a <c>_x_value</c> column is selected.</summary>
    public bool IncludesLookupTables => _select.Any(ODataAnnotations.IsLookupValue);

    /// <summary>The <c>Prefer</c> preferences of this query, with <paramref name="defaultPageSize"/> unless set.</summary>
    public IReadOnlyList<string> Preferences(int defaultPageSize)
    {
        var terms = new List<string>();
        if (IncludeFormattedValues)
        {
            terms.Add(ODataAnnotations.FormattedValueTerm);
        }

        if (IncludesLookupTables)
        {
            terms.Add(ODataAnnotations.LookupLogicalNameTerm);
        }

        var pageSize = ODataAnnotations.MaxPageSize(PageSize ?? defaultPageSize);
        return terms.Count == 0 ? [pageSize] : [pageSize, ODataAnnotations.IncludeAnnotations(terms)];
    }

    public override string ToString() => ToPath();
}
