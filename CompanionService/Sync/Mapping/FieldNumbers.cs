using System.Globalization;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// Numbers and booleans as Marketo's typed fields take them (marketo.md D10): integers as JSON numbers without a
/// fraction, within the signed 64-bit range Marketo stores; float, currency and percent as JSON numbers; booleans as
/// <c>true</c>/<c>false</c>. Text is read in the invariant culture only, so "1,5" is never one and a half.
/// </summary>
internal static class FieldNumbers
{
    /// <summary>The value as a number, or null when it is none (NaN and infinities are none).</summary>
    public static decimal? Decimal(object value)
    {
        try
        {
            return value switch
            {
                decimal d => d,
                double d when double.IsFinite(d) => (decimal)d,
                float f when float.IsFinite(f) => (decimal)f,
                int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                string text when decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Why <paramref name="number"/> is not a Marketo integer, or null when it is one.</summary>
    public static string? NotInteger(decimal number) =>
        number != decimal.Truncate(number) ? "an integer field takes no fraction"
        : number is < long.MinValue or > long.MaxValue ? "it is outside the range of a Marketo integer (signed 64-bit)"
        : null;

    /// <summary>
    /// A Dataverse two-option (Yes/No) value: the Web API's <see cref="bool"/>, the option values 1 and 0, or the
    /// text <c>true</c>/<c>false</c>; null for anything else (a label such as "Yes" is not a value).
    /// </summary>
    public static bool? Boolean(object value) => value switch
    {
        bool flag => flag,
        int option when option is 0 or 1 => option == 1,
        long option when option is 0 or 1 => option == 1,
        string text when bool.TryParse(text.Trim(), out var parsed) => parsed,
        _ => null,
    };
}
