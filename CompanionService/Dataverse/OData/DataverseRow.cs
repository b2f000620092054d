using System.Globalization;
using System.Text.Json;

namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// One row of a Web API response, read from its JSON as it came: the row version, ids, text, whole
/// numbers, yes/no, dates, choices, lookups (<c>_x_value</c>) and formatted values. A missing column and a
/// null read the same (null): Dataverse leaves out nothing you selected, but writes null for empty.
/// </summary>
public sealed class DataverseRow(JsonElement element)
{
    /// <summary>The row's JSON (owned by the row; valid as long as the row is).</summary>
    public JsonElement Element { get; } = element;

    /// <summary>The row version, <c>W/"470867"</c>, for <c>If-Match</c>; null if not returned.</summary>
    public string? ETag => GetString(ODataAnnotations.ETag);

    /// <summary>Whether the row has <paramref name="column"/> with a non-null value.</summary>
    public bool Has(string column) => Element.TryGetProperty(column, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A text column.</summary>
    public string? GetString(string column) =>
        Value(column) is { } v ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;

    /// <summary>A GUID column, such as the primary key <c>leadid</c>.</summary>
    public Guid? GetGuid(string column) => Guid.TryParse(GetString(column), out var id) ? id : null;

    /// <summary>A whole-number column.</summary>
    public int? GetInt(string column) => Value(column) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : null;

    /// <summary>A decimal, money or float column.</summary>
    public decimal? GetDecimal(string column) => Value(column) is { ValueKind: JsonValueKind.Number } v && v.TryGetDecimal(out var n) ? n : null;

    /// <summary>A yes/no column.</summary>
    public bool? GetBool(string column) => Value(column) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    /// <summary>A date-time column (UTC, as the Web API returns it).</summary>
    public DateTimeOffset? GetDate(string column) =>
        DateTimeOffset.TryParse(GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>A choice (option set) column, e.g. <c>statuscode</c>.</summary>
    public int? GetChoice(string column) => GetInt(column);

    /// <summary>A choice column as the enum <typeparamref name="T"/>.</summary>
    public T? GetChoice<T>(string column)
        where T : struct, Enum => GetInt(column) is { } n ? (T)Enum.ToObject(typeof(T), n) : null;

    /// <summary>The id a lookup points at: <c>ownerid</c> reads <c>_ownerid_value</c>.</summary>
    public Guid? GetLookup(string lookup) => GetGuid(ODataAnnotations.LookupValue(lookup));

    /// <summary>The table a lookup points at (<c>…@Microsoft.Dynamics.CRM.lookuplogicalname</c>), when annotations were asked for.</summary>
    public string? GetLookupLogicalName(string lookup) =>
        GetString(ODataAnnotations.LookupValue(lookup) + ODataAnnotations.LookupLogicalName);

    /// <summary>
    /// The row a lookup points at, id and table: <c>ownerid</c> → a <c>systemuser</c> or a <c>team</c>; null when empty.
    /// Queries that select <c>_x_value</c> ask for the table (<see cref="DataverseQuery.IncludesLookupTables"/>).
    /// </summary>
    public DataverseLookup? GetLookupTarget(string lookup) =>
        GetLookup(lookup) is { } id ? new DataverseLookup(id, GetLookupLogicalName(lookup)) : null;

    /// <summary>The formatted value of <paramref name="column"/> (a choice's label, a lookup's name), when asked for.</summary>
    public string? GetFormattedValue(string column) => GetString(column + ODataAnnotations.FormattedValue);

    /// <summary>The row's id and version only; its data stays out of logs.</summary>
    public override string ToString() => $"Dataverse row {ETag ?? "(no etag)"}";

    private JsonElement? Value(string column) =>
        Element.TryGetProperty(column, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
