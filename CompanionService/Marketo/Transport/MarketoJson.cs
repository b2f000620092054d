using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// JSON conventions of Marketo's REST API: camelCase names, nulls left out of request bodies, UTF-8
/// bodies with <c>Content-Type: application/json</c> (612 otherwise, marketo.md §5.2), dates in every form
/// Marketo writes (marketo.md D11, through <see cref="MarketoDate"/>).
/// </summary>
internal static class MarketoJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new MarketoDateConverter() },
    };

    /// <summary>A request body, serialised once so that a retry can send the same bytes again.</summary>
    public static Func<HttpContent> Body(JsonNode body)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(Options));
        return () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            return content;
        };
    }

    /// <summary>
    /// A form body for <c>POST …?_method=GET</c> (Decision 2: 300 GUIDs overflow the 8 KB URI limit).
    /// Never carries the access token.
    /// </summary>
    public static Func<HttpContent> Form(IReadOnlyList<KeyValuePair<string, string>> fields) =>
        () => new FormUrlEncodedContent(fields);

    /// <summary>
    /// A JSON node for a field value of any CLR type the caller mapped (string, number, bool, date, record id, null).
    /// A <see cref="RecordId"/> becomes its canonical text, the form of every external id (architecture.md §1); this
    /// is the one place it is turned into text for Marketo.
    /// </summary>
    public static JsonNode? Node(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        RecordId id => JsonValue.Create(id.ToString()),
        DateTimeOffset date => JsonValue.Create(MarketoDate.Format(date)),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    /// <summary>An input record: the key fields first, then the caller's other fields (keys win on a clash).</summary>
    public static JsonObject Record(
        IEnumerable<KeyValuePair<string, object?>> keys, IReadOnlyDictionary<string, object?>? fields)
    {
        var record = new JsonObject();
        foreach (var (name, value) in keys)
        {
            if (value is not null)
            {
                record[name] = Node(value);
            }
        }

        foreach (var (name, value) in fields ?? new Dictionary<string, object?>())
        {
            if (!record.ContainsKey(name))
            {
                record[name] = Node(value);
            }
        }

        return record;
    }

    /// <summary>Reads a JSON body; null when it is not JSON (an HTML error page from a proxy, say).</summary>
    public static T? TryRead<T>(string body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
