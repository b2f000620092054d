using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// Reads a Dynamics row's columns as the projection compares them: text trimmed and fitted to Marketo's 255-character
/// string fields (marketo.md D10, §5.1), numbers as invariant text, lookups as the id of the row they point at.
/// </summary>
internal static class CrmValues
{
    /// <summary>A Marketo string field's length when its describe states none (marketo.md §5.1).</summary>
    public const int StringLength = 255;

    /// <summary>The column's text trimmed, cut to <see cref="StringLength"/>; null when empty.</summary>
    public static string? Text(Entity row, string column) => Fitted(row.GetAttributeValue<object>(column) as string);

    /// <summary><paramref name="text"/> as the worker sends it: trimmed (null when blank) and cut to Marketo's length.</summary>
    public static string? Fitted(string? text) =>
        text?.Trim() is { Length: > 0 } trimmed ? (trimmed.Length > StringLength ? trimmed[..StringLength] : trimmed) : null;

    /// <summary>A whole number, decimal or currency column as invariant text; null when empty.</summary>
    public static string? Number(Entity row, string column) => row.GetAttributeValue<object>(column) switch
    {
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The choice's value; null when empty.</summary>
    public static int? Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

    /// <summary>The canonical id (architecture.md §1) of the row the lookup points at, when it is a row of <paramref name="table"/>.</summary>
    public static string? Reference(Entity row, string column, string table) =>
        row.GetAttributeValue<EntityReference>(column) is { } target && target.LogicalName == table && target.Id != Guid.Empty
            ? Key(target.Id)
            : null;

    /// <summary>A Dynamics id as Marketo's external ids hold it: lowercase, hyphenated (architecture.md §1).</summary>
    public static string Key(Guid id) => id.ToString("D");
}
