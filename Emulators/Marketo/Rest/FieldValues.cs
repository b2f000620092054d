using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>Reading and writing field values in the JSON Marketo exchanges.</summary>
internal static class FieldValues
{
    /// <summary>
    /// A datetime as Marketo writes it: ISO 8601 UTC, <c>2021-11-23T22:57:08Z</c> (marketo.md §2).
    /// </summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A datetime in the given answer form (marketo.md D11).</summary>
    public static string Timestamp(DateTimeOffset time, MarketoDateTimeForm form) => form switch
    {
        MarketoDateTimeForm.OffsetWithoutColon => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture),
        MarketoDateTimeForm.SpaceSeparated => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => Timestamp(time),
    };

    /// <summary>
    /// Rewrites the datetime fields of an answer's record (<paramref name="isDateTime"/> says which) from the stored
    /// <c>…Z</c> form into <paramref name="form"/>; nothing to do for the default form.
    /// </summary>
    public static JsonObject Render(JsonObject result, Func<string, bool> isDateTime, MarketoDateTimeForm form)
    {
        if (form == MarketoDateTimeForm.Utc)
        {
            return result;
        }

        foreach (var name in result.Select(f => f.Key).ToList())
        {
            if (isDateTime(name) && TryParseTimestamp(Text(result[name]), out var time))
            {
                result[name] = Timestamp(time, form);
            }
        }

        return result;
    }

    /// <summary>Parses an ISO 8601 datetime; a value without an offset is taken as UTC.</summary>
    public static bool TryParseTimestamp(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out time);

    /// <summary>A value as text: a string as is, a number or boolean as JSON writes it, null as null.</summary>
    public static string? Text(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        return node.GetValueKind() == JsonValueKind.Null ? null : node.ToJsonString();
    }

    /// <summary>An integer value, whether written as a number or a numeric string.</summary>
    public static int? Integer(JsonNode? node) =>
        int.TryParse(Text(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Whether a value is missing, null or an empty string.</summary>
    public static bool IsBlank(JsonNode? node) => string.IsNullOrEmpty(Text(node));

    /// <summary>A new object holding deep copies of the given object's members.</summary>
    public static JsonObject Copy(JsonObject source)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in source)
        {
            copy[name] = value?.DeepClone();
        }

        return copy;
    }

    /// <summary>
    /// A query result: <c>seq</c> (non-lead objects only, §2) and each requested field; a field the record
    /// lacks or the instance does not know is written as null ("a requested field not returned is null", §3.4).
    /// </summary>
    public static JsonObject Project(JsonObject source, IEnumerable<string> fields, int? seq)
    {
        var result = new JsonObject();
        if (seq is { } s)
        {
            result["seq"] = s;
        }

        foreach (var field in fields)
        {
            result[field] = source[field]?.DeepClone();
        }

        return result;
    }
}
