using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// <c>GET &lt;set&gt;</c>: runs the query options as a QueryExpression through the organisation's RetrieveMultiple
/// (dataverse.md §6, page-results): <c>Prefer: odata.maxpagesize=N</c> (≤ the maximum, else ignored) gives
/// <c>Preference-Applied</c>; <c>@odata.nextLink</c>, absolute with a <c>$skiptoken</c>, is present until the last
/// page. Without the preference a page holds the maximum (5,000). A page is asked of RetrieveMultiple as a
/// QueryExpression page (its size, and the previous page's paging cookie), so the organisation reads only that
/// page where an index serves the query. <c>$top</c> returns at most that many rows and never pages, as TopCount
/// and paging exclude each other.
/// </summary>
internal static class CollectionReader
{
    /// <summary>@odata.count stops at 5,000 and says so (count-rows).</summary>
    private const int CountLimit = 5000;

    public static ApiResponse Read(ApiCall call, TableMetadata table)
    {
        if (call.Request.Option("$apply") is { } apply)
        {
            return AggregateReader.Read(call, table, apply);
        }

        var options = CollectionOptions.Parse(call.Request, table);
        var query = new QueryExpression(table.LogicalName)
        {
            ColumnSet = options.Selection.ToColumnSet(options.Ordering.Keys.Select(k => k.Column.LogicalName)),
        };
        if (options.Filter is { } filter)
        {
            query.Criteria = filter;
        }

        options.Ordering.ApplyTo(query);
        var pageSize = PageSize(call, options, out var applied);
        var (pageNumber, page, more, count) = options.Top is null
            ? ReadPage(call, options, query, pageSize)
            : ReadTop(call, options, query, pageSize);

        var body = new JsonObject { ["@odata.context"] = call.ContextUrl(table.EntitySetName + options.Selection.ContextSuffix) };
        if (options.Count)
        {
            body["@odata.count"] = Math.Min(count, CountLimit);
            if (count > CountLimit)
            {
                body["@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded"] = true;
            }
        }

        var writer = call.Writer;
        body["value"] = new JsonArray([.. page.Select(r => (JsonNode)writer.Write(table, r, options.Selection.Columns))]);
        if (more && page.Count > 0)
        {
            var cookie = PagingCookie.Write(pageNumber + 1, options.Ordering, page[0], page[^1]);
            body["@odata.nextLink"] = NextLink(call, table, cookie);
        }

        var response = call.WithAppliedAnnotations(ApiResponse.Json(200, body));
        return applied ? response.With("Preference-Applied", $"odata.maxpagesize={pageSize}") : response;
    }

    // One page: the first, or the one after the $skiptoken's position.
    private static (int Page, List<Entity> Rows, bool More, int Count) ReadPage(ApiCall call, CollectionOptions options, QueryExpression query, int pageSize)
    {
        var (pageNumber, _, cookie) = options.SkipToken is { } token ? PagingCookie.Read(token, options.Ordering) : (1, [], null);
        query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = pageNumber, PagingCookie = cookie, ReturnTotalRecordCount = options.Count };
        var result = call.Service.RetrieveMultiple(query);
        return (pageNumber, [.. result.Entities], result.MoreRecords, result.TotalRecordCount);
    }

    // $top rows at most, in one page; with $count every matching row is read, to count them.
    private static (int Page, List<Entity> Rows, bool More, int Count) ReadTop(ApiCall call, CollectionOptions options, QueryExpression query, int pageSize)
    {
        query.TopCount = options.Count ? null : pageSize;
        var matched = call.Service.RetrieveMultiple(query).Entities.ToList();
        var rows = matched.Take(pageSize).ToList();
        var (pageNumber, start) = options.SkipToken is { } token ? Resume(token, options.Ordering, rows) : (1, 0);
        return (pageNumber, rows.Skip(start).ToList(), false, matched.Count);
    }

    private static int PageSize(ApiCall call, CollectionOptions options, out bool applied)
    {
        var maximum = Math.Max(1, call.Context.Options.MaxPageSize);
        applied = options.Top is null && call.Preferences.MaxPageSize is { } asked && asked <= maximum;
        return options.Top is { } top ? Math.Min(top, maximum) : applied ? call.Preferences.MaxPageSize!.Value : maximum;
    }

    private static (int Page, int Start) Resume(string token, Ordering ordering, List<Entity> rows)
    {
        var (page, position, _) = PagingCookie.Read(token, ordering);
        var start = rows.FindIndex(r => ordering.Compare(r, position) > 0);
        return (page, start < 0 ? rows.Count : start);
    }

    // The same query options, the page's own $skiptoken replaced (page-results: the link is absolute).
    private static string NextLink(ApiCall call, TableMetadata table, string cookie)
    {
        var kept = call.Request.Query.Where(o => o.Key != "$skiptoken")
            .Select(o => UrlQuery.Encode(o.Key) + "=" + UrlQuery.Encode(o.Value))
            .Append("$skiptoken=" + UrlQuery.Encode(cookie));
        return $"{call.WebApiUrl}{table.EntitySetName}?{string.Join('&', kept)}";
    }
}
