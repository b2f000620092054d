using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// JSON conventions of the Web API: UTF-8 bodies with <c>Content-Type: application/json</c>
/// (dataverse.md §6), column values as Dataverse expects them (dates in UTC ISO 8601, choices as
/// integers, GUIDs lowercase and hyphenated — architecture.md §1).
/// </summary>
internal static class DataverseJson
{
    /// <summary>A request body, serialised once so that a retry can send the same bytes again.</summary>
    public static Func<HttpContent> Body(JsonNode body)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        return () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            return content;
        };
    }

    /// <summary>A JSON value for a column: string, number, bool, date, GUID, choice (enum), JSON, or null (clears the column).</summary>
    public static JsonNode? Node(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string text => JsonValue.Create(text),
        Guid id => JsonValue.Create(id.ToString("D")),
        DateTimeOffset date => JsonValue.Create(OData.ODataLiteral.Date(date)),
        DateTime date => JsonValue.Create(OData.ODataLiteral.Date(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)))),
        Enum choice => JsonValue.Create(Convert.ToInt32(choice, CultureInfo.InvariantCulture)),
        _ => JsonSerializer.SerializeToNode(value, value.GetType()),
    };

    /// <summary>A row body from column values, in the order given.</summary>
    public static JsonObject Row(IEnumerable<KeyValuePair<string, object?>> columns)
    {
        var row = new JsonObject();
        foreach (var (name, value) in columns)
        {
            row[OData.ODataUri.Name(name)] = Node(value);
        }

        return row;
    }
}
