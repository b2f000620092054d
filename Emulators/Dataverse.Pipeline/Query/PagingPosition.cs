using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// Where the page a <see cref="PagingInfo.PagingCookie"/> asks for starts: after the previous page's last row,
/// whose sort values the cookie holds (<c>&lt;cookie page="1"&gt;&lt;createdon last="…" first="…" /&gt;…&lt;/cookie&gt;</c>,
/// <c>lastnull="1"</c> for an empty value; dataverse.md §6, page-results). The position is a row holding those
/// values, compared with stored rows by the query's <see cref="RowOrder"/>.
/// </summary>
internal static class PagingPosition
{
    /// <summary>The position, or null when the query has no paging cookie (its page is found by number).</summary>
    public static Entity? Of(QueryExpression query)
    {
        if (query.PageInfo is not { Count: > 0, PagingCookie: { Length: > 0 } cookie })
        {
            return null;
        }

        try
        {
            var values = XElement.Parse(cookie);
            var position = new Entity(query.EntityName);
            foreach (var order in query.Orders)
            {
                var element = values.Element(order.AttributeName) ?? throw Mismatch(order.AttributeName);
                position.Attributes[order.AttributeName] = element.Attribute("lastnull") is not null
                    ? null
                    : new CookieValue(element.Attribute("last")?.Value ?? throw Mismatch(order.AttributeName));
            }

            return position;
        }
        catch (XmlException exception)
        {
            throw new PlatformFaultException(PlatformFault.InvalidArgument, $"The paging cookie is not well formed: {exception.Message}");
        }
    }

    private static PlatformFaultException Mismatch(string column) =>
        new(PlatformFault.InvalidArgument, $"The paging cookie holds no last value of '{column}', which the query sorts by.");
}
