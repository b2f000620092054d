using System.Globalization;
using System.Text.Json;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// Reading one record of a Marketo query answer by REST field name, for every kind of record the worker reads: its
/// fields as JSON, a field as text, a field as a whole number (marketo.md D11: "12", 12 or 12.0 alike).
/// </summary>
internal static class MarketoFields
{
    /// <summary>Every field of one element of <c>result[]</c>, by REST name; none when it is not an object.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Of(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>();

    /// <summary>A field as text; numbers and booleans as their JSON text; null when null or absent.</summary>
    public static string? Text(IReadOnlyDictionary<string, JsonElement> fields, string field) =>
        fields.TryGetValue(field, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;

    /// <summary>A field as a whole number, rounded; null when not a number.</summary>
    public static long? Integer(IReadOnlyDictionary<string, JsonElement> fields, string field) =>
        decimal.TryParse(Text(fields, field), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? (long)Math.Round(number)
            : null;
}
