using System.Globalization;
using System.Text;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// Text for Marketo's text-like fields: any Dataverse value written as invariant text, and text cut to a field's
/// length without splitting a character (marketo.md D10).
/// </summary>
internal static class FieldText
{
    /// <summary>
    /// <paramref name="value"/> as text: numbers in the invariant culture, booleans as <c>true</c>/<c>false</c>,
    /// GUIDs in their canonical form (architecture.md §1), dates as <see cref="FieldDates.DateTimeText"/> writes them.
    /// </summary>
    public static string Of(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        Guid guid => guid.ToString("D"),
        DateTime or DateTimeOffset or DateOnly when FieldDates.Utc(value) is { } time => FieldDates.DateTimeText(time),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// The longest start of <paramref name="text"/> that holds at most <paramref name="characters"/> UTF-16 characters
    /// and <paramref name="bytes"/> UTF-8 bytes, ending on a text element boundary: never inside a surrogate pair,
    /// nor between a letter and its combining mark or the parts of a joined emoji.
    /// </summary>
    public static string Cut(string text, int characters, int bytes)
    {
        if (text.Length <= characters && (bytes == int.MaxValue || Encoding.UTF8.GetByteCount(text) <= bytes))
        {
            return text;
        }

        var kept = 0;
        var keptBytes = 0;
        while (kept < text.Length)
        {
            var element = StringInfo.GetNextTextElementLength(text, kept);
            var elementBytes = Encoding.UTF8.GetByteCount(text.AsSpan(kept, element));
            if (kept + element > characters || keptBytes + elementBytes > bytes)
            {
                break;
            }

            kept += element;
            keptBytes += elementBytes;
        }

        return text[..kept];
    }

    /// <summary>The value as an administrator reads it in an error: at most 60 characters, on one line.</summary>
    public static string Quoted(object value)
    {
        var text = Of(value).ReplaceLineEndings(" ");
        var shown = Cut(text, 60, int.MaxValue);
        return $"'{shown}{(shown.Length < text.Length ? "…" : string.Empty)}'";
    }
}
