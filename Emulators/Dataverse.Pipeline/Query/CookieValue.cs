using System.Globalization;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// A value of a paging cookie, kept as the cookie's text: the cookie names no types, so the text is read as the
/// kind of the stored value it is compared with (number, date-time, id, yes/no or text).
/// </summary>
internal sealed class CookieValue(string text)
{
    public string Text { get; } = text;

    /// <summary>The text as a value of the same kind as <paramref name="normalized"/>, a normalised stored value.</summary>
    public object As(object normalized)
    {
        try
        {
            return normalized switch
            {
                decimal => decimal.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture),
                DateTime => DateTime.Parse(Text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                Guid => Guid.Parse(Text),
                bool => bool.Parse(Text),
                _ => Text,
            };
        }
        catch (FormatException)
        {
            throw new PlatformFaultException(PlatformFault.InvalidArgument, $"The paging cookie value '{Text}' does not fit its column.");
        }
    }
}
