using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Json;

/// <summary>
/// Converts column values between the organisation's SDK types and OData JSON: choices as integers, money as
/// numbers, lookups as GUIDs, date-times as ISO 8601 UTC without fractions ("2026-11-23T10:00:00Z"), GUIDs
/// lowercase and hyphenated (architecture.md §1; dataverse.md §6).
/// </summary>
internal static class ODataValues
{
    public static string FormatDate(DateTime value) =>
        (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The JSON of a stored value (null stays null).</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        OptionSetValue option => JsonValue.Create(option.Value),
        Money money => JsonValue.Create(money.Value),
        EntityReference reference => JsonValue.Create(reference.Id.ToString("D")),
        Guid id => JsonValue.Create(id.ToString("D")),
        DateTime time => JsonValue.Create(FormatDate(time)),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>The SDK value of a JSON property written to <paramref name="column"/>; 400 when the JSON does not fit its type.</summary>
    public static object? FromJson(ColumnMetadata column, JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var kind = node.GetValueKind();
        var text = kind == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        return (column.Type, kind) switch
        {
            (ColumnType.String, JsonValueKind.String) => text,
            (ColumnType.Boolean, JsonValueKind.True or JsonValueKind.False) => node.GetValue<bool>(),
            (ColumnType.String or ColumnType.Boolean, _) => throw Mismatch(text, column),
            (ColumnType.DateTime or ColumnType.Guid, not JsonValueKind.String) => throw Mismatch(text, column),
            (ColumnType.DateTime or ColumnType.Guid, _) => FromText(column, text),
            (_, JsonValueKind.Number) => FromText(column, text),
            _ => throw Mismatch(text, column),
        };
    }

    /// <summary>The SDK value of a text form of a value (an In() value, a filter literal, a paging cookie value).</summary>
    public static object FromText(ColumnMetadata column, string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        object? value = column.Type switch
        {
            ColumnType.String => text,
            ColumnType.Integer => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? i : null,
            ColumnType.Choice => int.TryParse(text, NumberStyles.Integer, invariant, out var o) ? new OptionSetValue(o) : null,
            ColumnType.BigInt => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? l : null,
            ColumnType.Decimal => decimal.TryParse(text, NumberStyles.Float, invariant, out var d) ? d : null,
            ColumnType.Money => decimal.TryParse(text, NumberStyles.Float, invariant, out var m) ? new Money(m) : null,
            ColumnType.Double => double.TryParse(text, NumberStyles.Float, invariant, out var f) ? f : null,
            ColumnType.Boolean => bool.TryParse(text, out var b) ? b : null,
            ColumnType.DateTime => ParseDate(text),
            _ => Guid.TryParse(text, out var g) ? g : null,
        };
        return value ?? throw Mismatch(text, column);
    }

    /// <summary>An ISO 8601 date-time or date, as UTC; null when <paramref name="text"/> is neither.</summary>
    public static DateTime? ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
        && (text.Contains('T', StringComparison.Ordinal) || text.Length == 10)
            ? parsed.UtcDateTime
            : null;

    /// <summary>OData's conversion error: "Cannot convert the literal 'x' to the expected type 'Edm.Int32'."</summary>
    public static ApiException Mismatch(string literal, ColumnMetadata column) =>
        ApiException.BadRequest($"Cannot convert the literal '{literal}' to the expected type '{column.EdmType}'.");
}
