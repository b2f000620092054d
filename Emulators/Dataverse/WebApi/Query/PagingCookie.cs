using System.Globalization;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// The <c>$skiptoken</c> of an <c>@odata.nextLink</c>, shaped like Dataverse's (page-results):
/// <c>&lt;cookie pagenumber="2" pagingcookie="…" istracking="False" /&gt;</c>, the inner cookie holding the sort
/// values of the page's last row. The next page starts after that position, so rows that changed or left the
/// filter between pages neither shift nor hide the rows after them. Clients must treat it as opaque.
/// </summary>
internal static class PagingCookie
{
    public static string Write(int nextPage, Ordering ordering, Entity first, Entity last)
    {
        var inner = new XElement("cookie", new XAttribute("page", nextPage - 1));
        foreach (var (column, _) in ordering.Keys)
        {
            var element = new XElement(column.LogicalName);
            Describe(element, "last", ValueOf(last, column.LogicalName, ordering));
            Describe(element, "first", ValueOf(first, column.LogicalName, ordering));
            inner.Add(element);
        }

        var outer = new XElement("cookie",
            new XAttribute("pagenumber", nextPage),
            new XAttribute("pagingcookie", Uri.EscapeDataString(inner.ToString(SaveOptions.DisableFormatting))),
            new XAttribute("istracking", "False"));
        return outer.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The page number, the last row's sort values and the inner cookie (what a QueryExpression's
    /// <c>PageInfo.PagingCookie</c> takes); 400 for a token this query did not make.
    /// </summary>
    public static (int Page, IReadOnlyList<object?> Position, string Inner) Read(string token, Ordering ordering)
    {
        try
        {
            var outer = XElement.Parse(token);
            var page = int.Parse(outer.Attribute("pagenumber")!.Value, CultureInfo.InvariantCulture);
            var text = Uri.UnescapeDataString(outer.Attribute("pagingcookie")!.Value);
            var inner = XElement.Parse(text);
            var position = new List<object?>();
            foreach (var (column, _) in ordering.Keys)
            {
                var element = inner.Element(column.LogicalName) ?? throw new FormatException($"no value for {column.LogicalName}");
                position.Add(element.Attribute("lastnull") is not null ? null : ODataValues.FromText(column, element.Attribute("last")!.Value));
            }

            return (page, position, text);
        }
        catch (Exception exception) when (exception is FormatException or System.Xml.XmlException or NullReferenceException or ApiException)
        {
            throw ApiException.BadRequest($"The $skiptoken does not belong to this query ({exception.Message}); start again without it.");
        }
    }

    private static object? ValueOf(Entity row, string column, Ordering ordering) =>
        column == ordering.Table.PrimaryKey ? row.Id : row.Attributes.TryGetValue(column, out var value) ? value : null;

    private static void Describe(XElement element, string name, object? value)
    {
        if (value is null)
        {
            element.Add(new XAttribute(name + "null", "1"));
            return;
        }

        element.Add(new XAttribute(name, value switch
        {
            DateTime time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            Guid id => id.ToString("B").ToUpperInvariant(),
            EntityReference reference => reference.Id.ToString("B").ToUpperInvariant(),
            OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
            Money money => money.Value.ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        }));
    }
}
