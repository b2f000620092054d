using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Describe;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// Fits one Dataverse value to the Marketo field it is sent to, by the field's type and length from its describe
/// (marketo.md D10). Marketo refuses a whole record with 1003 for one value that does not fit; fitting first sends
/// what fits, cuts over-long text (reported, to be logged) and turns what cannot fit into a mapping error naming
/// the column, the value and the field, so the row is dead-lettered with a reason an administrator can act on.
/// </summary>
internal static class MarketoFieldFitter
{
    /// <summary>Text areas hold at most 30,000 bytes (marketo.md §5.1).</summary>
    public const int TextAreaBytes = 30_000;

    /// <summary>A string field whose describe states no length holds 255 characters (marketo.md §5.1).</summary>
    public const int DefaultStringLength = 255;

    /// <summary>
    /// <paramref name="value"/> from <paramref name="column"/> as <paramref name="field"/> takes it. Null clears the
    /// field (marketo.md D10); so does blank text sent to a typed field, as Dataverse keeps no empty text.
    /// </summary>
    public static FieldFit Fit(MarketoFieldDescription field, string column, object? value)
    {
        var type = field.DataType?.ToLowerInvariant();
        if (value is null || (value is string blank && string.IsNullOrWhiteSpace(blank) && IsTyped(type)))
        {
            return FieldFit.Sent(null);
        }

        var (node, problem) = type switch
        {
            "boolean" => FieldNumbers.Boolean(value) is { } flag ? (JsonValue.Create(flag), null) : Wrong("it is not true or false"),
            "integer" or "score" => Integer(value),
            "float" or "currency" or "percent" =>
                FieldNumbers.Decimal(value) is { } number ? (JsonValue.Create(number), null) : Wrong("it is not a number"),
            "date" => FieldDates.Utc(value) is { } day ? (JsonValue.Create(FieldDates.DateText(day)), null) : Wrong("it is not a date"),
            "datetime" => FieldDates.Utc(value) is { } time
                ? (JsonValue.Create(FieldDates.DateTimeText(time)), null) : Wrong("it is not a date and time"),
            "email" => Email(value, field.Length ?? DefaultStringLength),
            _ => ((JsonNode?)null, (string?)null),
        };
        if (problem is not null)
        {
            return FieldFit.Refused(
                $"{column} value {FieldText.Quoted(value)} cannot be sent to Marketo field '{field.Name}' ({field.DataType}): {problem}.");
        }

        return node is not null ? FieldFit.Sent(node) : Text(field, type, column, FieldText.Of(value));
    }

    private static bool IsTyped(string? type) =>
        type is "boolean" or "integer" or "score" or "float" or "currency" or "percent" or "date" or "datetime" or "email";

    private static (JsonNode?, string?) Wrong(string problem) => (null, problem);

    private static (JsonNode?, string?) Integer(object value) =>
        FieldNumbers.Decimal(value) is not { } number ? Wrong("it is not a whole number")
        : FieldNumbers.NotInteger(number) is { } problem ? Wrong(problem)
        : (JsonValue.Create((long)number), null);

    private static (JsonNode?, string?) Email(object value, int length) =>
        value is not string text ? Wrong("it is not an e-mail address")
        : FieldEmail.Problem(text.Trim(), length) is { } problem ? Wrong(problem)
        : (JsonValue.Create(text.Trim()), null);

    // url, phone and reference are string fields too (DEV field-types.md); an unknown type is cut only to a stated length.
    private static FieldFit Text(MarketoFieldDescription field, string? type, string column, string text)
    {
        var (characters, bytes, limit) = type switch
        {
            "text" => (field.Length ?? int.MaxValue, TextAreaBytes, $"text, {TextAreaBytes} bytes"),
            "string" or "url" or "phone" or "reference" =>
                (field.Length ?? DefaultStringLength, int.MaxValue, $"{type}, {field.Length ?? DefaultStringLength}"),
            _ => (field.Length ?? int.MaxValue, int.MaxValue, $"{field.DataType ?? "no type"}, {field.Length}"),
        };
        var kept = FieldText.Cut(text, characters, bytes);
        return kept.Length == text.Length
            ? FieldFit.Sent(JsonValue.Create(text))
            : FieldFit.Sent(JsonValue.Create(kept), new TextCut(column, field.Name, text.Length, kept.Length, limit));
    }
}
