using System.Globalization;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// Typed reads of plain column values, and the one notion of "same value" the engine uses. A lookup column
/// that holds something other than a lookup is a defect of whoever wrote it: the read throws, and the
/// adapter traces it instead of failing the user's save.
/// </summary>
internal static class ColumnValues
{
    /// <summary>The value of <paramref name="column"/>, or null when the row lacks it (images omit null columns).</summary>
    public static object? Get(IReadOnlyDictionary<string, object?>? columns, string column) =>
        columns is not null && columns.TryGetValue(column, out var value) ? value : null;

    /// <summary>A lookup column; null when absent or null; <see cref="InvalidCastException"/> for any other type.</summary>
    public static RecordReference? Reference(IReadOnlyDictionary<string, object?>? columns, string column)
    {
        var value = Get(columns, column);
        return value switch
        {
            null => null,
            RecordReference reference => reference,
            _ => throw new InvalidCastException(
                "Column " + column + " holds a " + value.GetType().Name + " where a lookup is expected."),
        };
    }

    /// <summary>A text column as a string (a non-text value is written in the invariant culture); empty text is null.</summary>
    public static string? Text(IReadOnlyDictionary<string, object?>? columns, string column)
    {
        var text = Convert.ToString(Get(columns, column), CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A yes/no column; null when absent.</summary>
    public static bool? Flag(IReadOnlyDictionary<string, object?>? columns, string column) =>
        Get(columns, column) switch
        {
            null => null,
            bool flag => flag,
            var other => throw new InvalidCastException(
                "Column " + column + " holds a " + other.GetType().Name + " where a yes/no value is expected."),
        };

    /// <summary>
    /// Whether two values of one column are the same for Marketo. Dataverse stores empty text as null, and an
    /// image omits null columns, so null, absent and "" are one value. Lookups compare by table and id.
    /// </summary>
    public static bool Same(object? left, object? right)
    {
        if (IsEmpty(left) || IsEmpty(right))
        {
            return IsEmpty(left) && IsEmpty(right);
        }

        return left is string leftText && right is string rightText
            ? string.Equals(leftText, rightText, StringComparison.Ordinal)
            : left!.Equals(right);
    }

    private static bool IsEmpty(object? value) => value is null || (value is string text && text.Length == 0);
}
