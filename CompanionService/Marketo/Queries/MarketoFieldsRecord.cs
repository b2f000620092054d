using System.Text.Json;

namespace MsiDynamics.CompanionService.Marketo.Queries;

/// <summary>
/// A record of any Lead Database object as a query returned it: the fields asked for, by REST name, as JSON. A field
/// asked for that the record does not hold reads null (marketo.md §3.4: a requested field not returned is null).
/// </summary>
public sealed class MarketoFieldsRecord
{
    /// <param name="fields">Every returned field by REST name.</param>
    public MarketoFieldsRecord(IReadOnlyDictionary<string, JsonElement> fields) => Fields = fields;

    /// <summary>Every returned field by REST name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Fields { get; }

    /// <summary>A record from one element of <c>result[]</c>.</summary>
    public static MarketoFieldsRecord From(JsonElement element) => new(
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>());

    /// <summary>A field as text; a number or boolean as its JSON text; null when null or absent.</summary>
    public string? GetString(string field) => Fields.TryGetValue(field, out var value)
        ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        }
        : null;

    /// <summary>A field as a whole number (an integer id such as a role's <c>leadId</c>); null when not one.</summary>
    public long? GetInteger(string field) =>
        long.TryParse(GetString(field), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    public override string ToString() => $"Marketo record ({Fields.Count} fields)";
}
