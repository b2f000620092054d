using System.Globalization;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Marketo.Leads;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// Decides what to write for one person: each target column's value fitted to the column (text cut to its length, a number
/// or date written as text into a text column, a whole number kept within a whole-number column's range; dataverse.md
/// §0.14), compared with what the row holds, and only the columns that differ. Comparing the fitted value means a cut
/// description is not written again every cycle. A pure function.
/// </summary>
internal static class MsiUpdatePlanner
{
    /// <summary>The update of <paramref name="row"/>, or null when every target column already holds Marketo's value.</summary>
    public static MsiColumnsUpdate? Plan(PersonRow row, MarketoMsiValues values, WriteBackColumns columns, ColumnLimits limits)
    {
        var changed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (field, column) in columns.Targets)
        {
            var wanted = Fit(Value(field, values), limits.MaxLength(column));
            if (!Same(wanted, row.Current, column))
            {
                changed[column] = wanted;
            }
        }

        return changed.Count == 0 ? null : new MsiColumnsUpdate(row.Table, row.Id, changed);
    }

    /// <summary>Marketo's value of <paramref name="field"/>: text, a date-time, a whole number, or null (empty text is null).</summary>
    public static object? Value(MsiField field, MarketoMsiValues values) => field switch
    {
        MsiField.LastInterestingMomentType => NullIfEmpty(values.LastInterestingMomentType),
        MsiField.LastInterestingMomentDate => values.LastInterestingMomentDate,
        MsiField.LastInterestingMomentDesc => NullIfEmpty(values.LastInterestingMomentDesc),
        MsiField.LastInterestingMomentSource => NullIfEmpty(values.LastInterestingMomentSource),
        MsiField.Priority => values.Priority,
        MsiField.RelativeUrgency => values.RelativeUrgency,
        MsiField.RelativeScore => values.RelativeScore,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an MSI field."),
    };

    /// <summary>
    /// <paramref name="value"/> as the column takes it: into a text column (<paramref name="maxLength"/> known) as text cut
    /// to the length; otherwise a date-time to whole seconds in UTC and a whole number within Int32, a whole-number column's range.
    /// </summary>
    public static object? Fit(object? value, int? maxLength) => (value, maxLength) switch
    {
        (null, _) => null,
        (_, { } max) => ColumnLimits.Cut(Text(value), max),
        (DateTimeOffset date, null) => new DateTimeOffset(date.UtcTicks - (date.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
        (long number, null) => (int)Math.Clamp(number, int.MinValue, int.MaxValue),
        _ => value,
    };

    /// <summary>Whether the row's <paramref name="column"/> already holds <paramref name="wanted"/> (null and empty text alike).</summary>
    public static bool Same(object? wanted, Dataverse.OData.DataverseRow current, string column) => wanted switch
    {
        null => !current.Has(column) || current.GetString(column) is "",
        string text => string.Equals(current.GetString(column), text, StringComparison.Ordinal),
        DateTimeOffset date => current.GetDate(column) is { } held && Math.Abs((held - date).TotalSeconds) < 1,
        int number => current.GetDecimal(column) == number,
        _ => false,
    };

    private static string Text(object value) => value switch
    {
        string text => text,
        DateTimeOffset date => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
