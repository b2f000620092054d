using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// Compares a stored column value with a query value as SQL Server would for Dataverse: lookups by id, choices
/// and money by number, text case-insensitively (the default collation), date-times in UTC.
/// </summary>
internal static class ValueComparer
{
    public static bool AreEqual(object stored, object? queried) => queried is not null && Compare(stored, queried) == 0;

    /// <summary>Orders two non-null values; throws when they cannot be compared.</summary>
    public static int Compare(object left, object right)
    {
        var (a, b) = (Normalize(left), Normalize(right));
        (a, b) = (a, b) switch
        {
            (CookieValue x, CookieValue y) => (x.Text, y.Text),
            (CookieValue x, _) => (x.As(b), b),
            (_, CookieValue y) => (a, y.As(a)),
            _ => (a, b),
        };
        return (a, b) switch
        {
            (decimal x, decimal y) => x.CompareTo(y),
            (string x, string y) => string.Compare(x, y, StringComparison.OrdinalIgnoreCase),
            (DateTime x, DateTime y) => x.CompareTo(y),
            (Guid x, Guid y) => x.CompareTo(y),
            (Guid x, string y) when Guid.TryParse(y, out var parsed) => x.CompareTo(parsed),
            (string x, Guid y) when Guid.TryParse(x, out var parsed) => parsed.CompareTo(y),
            (bool x, bool y) => x.CompareTo(y),
            (bool x, decimal y) => (x ? 1m : 0m).CompareTo(y),
            (decimal x, bool y) => x.CompareTo(y ? 1m : 0m),
            _ => throw new PlatformFaultException(PlatformFault.InvalidArgument,
                $"A {left.GetType().Name} value cannot be compared with a {right.GetType().Name} value in a query condition."),
        };
    }

    /// <summary>Orders values for an OrderExpression; nulls first, as SQL Server sorts them ascending.</summary>
    public static int CompareNullable(object? left, object? right) =>
        (left, right) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,

            // Stored values of one column are of one kind: these need no normalising (index upkeep sorts by them).
            (OptionSetValue x, OptionSetValue y) => x.Value.CompareTo(y.Value),
            (Guid x, Guid y) => x.CompareTo(y),
            (DateTime x, DateTime y) when x.Kind != DateTimeKind.Local && y.Kind != DateTimeKind.Local => x.CompareTo(y),
            _ => Compare(left, right),
        };

    /// <summary>The value as it compares: a lookup's id, a number as decimal, a date-time in UTC.</summary>
    public static object Normalize(object value) => value switch
    {
        EntityReference reference => reference.Id,
        OptionSetValue option => (decimal)option.Value,
        Money money => money.Value,
        Enum choice => (decimal)Convert.ToInt64(choice, System.Globalization.CultureInfo.InvariantCulture),
        int or long or short or byte or decimal or double or float =>
            Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        DateTime time => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => value,
    };
}
