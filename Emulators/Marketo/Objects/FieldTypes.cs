using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Checks a value against its field's describe and gives it the field's type (marketo.md D10, D11): what
/// Marketo stores and returns is typed by the field, not by the JSON it was sent in. Integers and numbers may
/// come as JSON numbers or numeric strings, currency too (DEV opportunities.md sends <c>"amount":"1604.47"</c>);
/// a datetime is kept as <c>2024-05-01T10:00:00Z</c> and a date as <c>2024-05-01</c> (a recorded write of
/// <c>…48.000Z</c> read back as <c>…48Z</c>, marketo.md §2.1). A value that does not fit refuses its record.
/// </summary>
internal static class FieldTypes
{
    /// <summary>Text areas hold at most 30,000 bytes (marketo.md §5.1).</summary>
    public const int TextAreaBytes = 30_000;

    /// <summary>String fields without a stated length hold 255 characters (marketo.md §5.1).</summary>
    public const int DefaultStringLength = 255;

    private static readonly string[] DateTimeForms =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd",
    ];

    /// <summary>The message Marketo writes for a refused value (GR recording; marketo.md D10).</summary>
    public static string InvalidValue(string field) => $"Invalid value for field '{field}'";

    /// <summary>The value typed as <paramref name="field"/> says, or false when it does not fit. Null stays null.</summary>
    public static bool TryConvert(FieldDefinition field, JsonNode? value, out JsonNode? typed)
    {
        typed = null;
        if (value is null || value.GetValueKind() == JsonValueKind.Null)
        {
            return true;
        }

        if (value is not JsonValue scalar)
        {
            return false;
        }

        typed = field.DataType switch
        {
            "boolean" => Boolean(scalar),
            "integer" or "score" => Integer(scalar),
            "float" or "currency" or "percent" => Number(scalar),
            "date" => Date(scalar),
            "datetime" => DateTime(scalar),
            "email" => Email(scalar, field.Length ?? DefaultStringLength),
            "text" => Text(scalar, int.MaxValue, TextAreaBytes),
            _ => Text(scalar, field.Length ?? DefaultStringLength, int.MaxValue),
        };
        return typed is not null;
    }

    /// <summary>
    /// A copy of <paramref name="record"/> with every value typed by its field; null, with the first field whose
    /// value does not fit in <paramref name="refused"/>, when one does not. Fields <paramref name="fieldOf"/> does
    /// not know are copied as they are (the caller answers 1006 for them).
    /// </summary>
    public static JsonObject? TypeRecord(JsonObject record, Func<string, FieldDefinition?> fieldOf, out string? refused)
    {
        var typed = new JsonObject();
        foreach (var (name, value) in record)
        {
            if (fieldOf(name) is not { } field)
            {
                typed[name] = value?.DeepClone();
            }
            else if (TryConvert(field, value, out var converted))
            {
                typed[name] = converted;
            }
            else
            {
                refused = name;
                return null;
            }
        }

        refused = null;
        return typed;
    }

    /// <summary>Reads a datetime in a form Marketo accepts; false otherwise (marketo.md D11).</summary>
    public static bool TryParseDateTime(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(
            text?.Trim(), DateTimeForms, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static JsonNode? Boolean(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => JsonValue.Create(true),
        JsonValueKind.False => JsonValue.Create(false),
        JsonValueKind.String when bool.TryParse(value.GetValue<string>(), out var flag) => JsonValue.Create(flag),
        _ => null,
    };

    private static JsonNode? Integer(JsonValue value) =>
        Numeric(value) is { } number && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
            ? JsonValue.Create((long)number)
            : null;

    private static JsonNode? Number(JsonValue value) => Numeric(value) is { } number ? JsonValue.Create(number) : null;

    private static decimal? Numeric(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number when decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        JsonValueKind.String when decimal.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static JsonNode? Date(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String && TryParseDateTime(value.GetValue<string>(), out var time)
            ? JsonValue.Create(time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : null;

    private static JsonNode? DateTime(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String && TryParseDateTime(value.GetValue<string>(), out var time)
            ? JsonValue.Create(FieldValues.Timestamp(time))
            : null;

    private static JsonNode? Email(JsonValue value, int length)
    {
        // E-mail addresses are ASCII only (marketo.md §3.4): one '@', something on each side, a dot in the domain.
        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        if (text is null || text.Length == 0)
        {
            return text is null ? null : JsonValue.Create(text);
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var valid = text.Length <= length && at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1
            && !text.EndsWith('.') && text.All(c => c is > ' ' and < (char)127);
        return valid ? JsonValue.Create(text) : null;
    }

    private static JsonNode? Text(JsonValue value, int length, int bytes)
    {
        var text = value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        };
        return text is not null && text.Length <= length && Encoding.UTF8.GetByteCount(text) <= bytes ? JsonValue.Create(text) : null;
    }
}
