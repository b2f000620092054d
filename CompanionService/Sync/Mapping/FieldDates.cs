using System.Globalization;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// Dates and datetimes as Marketo's date and datetime fields take them (marketo.md D10): a date as
/// <c>yyyy-MM-dd</c>, a datetime in UTC as <c>2024-05-01T10:00:00Z</c>, the form Marketo reads back.
/// </summary>
internal static class FieldDates
{
    /// <summary>
    /// The instant <paramref name="value"/> names, in UTC; null when it is not a date. Dataverse gives every
    /// datetime in UTC (dataverse.md §6), so a <see cref="DateTime"/> of kind Unspecified (a date-only column, or a
    /// value read without its <c>Z</c>) is taken as UTC; one of kind Local names an instant on this machine's clock
    /// and is converted. Text is read in the forms of marketo.md D11 (an ISO 8601 value, with or without offset).
    /// </summary>
    public static DateTime? Utc(object value) => value switch
    {
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        DateTimeOffset offset => offset.UtcDateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        string text when MarketoDate.TryParse(text, out var parsed) => parsed.UtcDateTime,
        _ => null,
    };

    /// <summary><c>yyyy-MM-dd</c> of the UTC day.</summary>
    public static string DateText(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in UTC with <c>Z</c>, to the second (Marketo keeps no fraction, marketo.md D10).</summary>
    public static string DateTimeText(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
