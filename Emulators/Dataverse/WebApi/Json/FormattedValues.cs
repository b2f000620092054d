using System.Globalization;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Json;

/// <summary>
/// The <c>@OData.Community.Display.V1.FormattedValue</c> of a value, as a user would see it (dataverse.md
/// §3.4): a choice's label, Yes/No, a lookup's primary name, numbers with group separators, date-times as
/// "11/23/2026 10:00 AM", money with the currency symbol and the column's precision ("$1,234.50": the base currency,
/// dataverse.md §0.14). Formats are en-US with the user's time zone UTC. Text and GUIDs have none.
/// </summary>
internal static class FormattedValues
{
    private static readonly CultureInfo EnglishUs = CultureInfo.GetCultureInfo("en-US");

    private static readonly NumberFormatInfo Currency = CurrencyFormat();

    public static string? For(ColumnMetadata column, object? value) => value switch
    {
        null => null,
        OptionSetValue option => column.Labels.TryGetValue(option.Value, out var label) ? label : option.Value.ToString(EnglishUs),
        bool flag => flag ? "Yes" : "No",
        EntityReference reference => reference.Name,
        Money money => money.Value.ToString("C" + (column.Precision ?? 2).ToString(EnglishUs), Currency),
        DateTime time => time.ToString("M/d/yyyy h:mm tt", EnglishUs),
        int or long => Convert.ToInt64(value, EnglishUs).ToString("N0", EnglishUs),
        decimal or double => Convert.ToDecimal(value, EnglishUs).ToString("N" + (column.Precision ?? 2).ToString(EnglishUs), EnglishUs),
        _ => null,
    };

    private static NumberFormatInfo CurrencyFormat()
    {
        var format = (NumberFormatInfo)EnglishUs.NumberFormat.Clone();
        format.CurrencySymbol = BaseCurrency.Symbol;
        return NumberFormatInfo.ReadOnly(format);
    }
}
