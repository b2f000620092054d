using System.Text.Json;
using MsiDynamics.CompanionService.Marketo.Transport;

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
    public static MarketoFieldsRecord From(JsonElement element) => new(MarketoFields.Of(element));

    /// <summary>A field as text; a number or boolean as its JSON text; null when null or absent.</summary>
    public string? GetString(string field) => MarketoFields.Text(Fields, field);

    /// <summary>A field as a whole number (an integer id such as a role's <c>leadId</c>); null when not one.</summary>
    public long? GetInteger(string field) => MarketoFields.Integer(Fields, field);

    public override string ToString() => $"Marketo record ({Fields.Count} fields)";
}
