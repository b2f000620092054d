using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// Values written into an OData URL, before URL encoding: a string in single quotes with every quote
/// doubled (<c>O'Brian</c> → <c>'O''Brian'</c>), so no value can end its literal and change the query;
/// GUIDs, numbers and booleans bare; dates as UTC ISO 8601.
/// </summary>
internal static class ODataLiteral
{
    private static readonly JsonSerializerOptions JsonArray = new()
    {
        // Only what JSON itself requires ("\ and controls) is escaped; the URL encoding does the rest.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The literal of <paramref name="value"/>: string, Guid, integer, bool, date, enum or null.</summary>
    public static string From(object? value) => value switch
    {
        null => "null",
        string text => Text(text),
        Guid id => id.ToString("D"),
        bool flag => flag ? "true" : "false",
        DateTimeOffset date => Date(date),
        DateTime date => Date(new DateTimeOffset(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date)),
        Enum choice => Convert.ToInt64(choice, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        int or long or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        decimal or double or float => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new ArgumentException($"No OData literal for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary><c>'…'</c> with each <c>'</c> doubled.</summary>
    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A UTC date-time, <c>2026-01-15T12:00:00Z</c> (Dataverse stores seconds).</summary>
    public static string Date(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A JSON array of strings, <c>["a","O'Brian"]</c>, the value of an <c>In</c> parameter alias.</summary>
    public static string StringArray(IEnumerable<string> values) => JsonSerializer.Serialize(values, JsonArray);
}
