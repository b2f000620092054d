using System.Globalization;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// The one reader and writer of Marketo dates. Marketo writes a datetime in more than one form (marketo.md D11):
/// with <c>Z</c>, with an offset with or without a colon (<c>+00:00</c>, <c>+0000</c>; activityDate comes with
/// <c>+0000</c>), as <c>Z+0000</c> from some endpoints, and in older payloads as <c>yyyy-MM-dd HH:mm:ss</c> in
/// UTC; a field of type date holds <c>yyyy-MM-dd</c>. Every form is read here and nowhere else, and read as an
/// instant in UTC.
/// </summary>
internal static class MarketoDate
{
    // "zzz" reads an offset with or without its colon, so "+00:00" and "+0000" share one pattern; the optional
    // fraction (".FFFFFFF") matches a value with or without one.
    private static readonly string[] Forms =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'zzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd",
    ];

    /// <summary>
    /// Reads <paramref name="text"/> in any form marketo.md D11 lists; a value without an offset is UTC. False
    /// for anything else (no culture-dependent guessing: <c>02/12/2026</c> is not a Marketo date).
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParseExact(
            text?.Trim(),
            Forms,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var parsed))
        {
            value = parsed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Why a value was not read, naming the value (for the record's outcome, never an exception).</summary>
    public static string Unreadable(string? text) =>
        $"'{text}' is not a date in any form Marketo writes (marketo.md D11)";

    /// <summary>
    /// A date as the client sends it: ISO 8601 with the offset, the form Marketo recommends
    /// (marketo.md §2 "best practice is to include the time zone offset").
    /// </summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
