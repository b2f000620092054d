namespace MsiDynamics.CompanionService.Dataverse.Metadata;

/// <summary>
/// The maximum length of each text column of one table, as its definitions state them (<c>MaxLength</c> of its
/// <c>StringAttributeMetadata</c> and <c>MemoAttributeMetadata</c>, dataverse.md §0.14): the platform's limits, which
/// an organisation may have changed, not lengths written into the client. A longer value makes Dataverse refuse the
/// whole write (400 <c>0x80044331</c>), so values are cut to fit before they are sent.
/// </summary>
/// <param name="Table">The table's logical name.</param>
/// <param name="MaxLengths">Column logical name → maximum length in characters.</param>
public sealed record ColumnLimits(string Table, IReadOnlyDictionary<string, int> MaxLengths)
{
    private const string Ellipsis = "…";

    /// <summary>The maximum length of <paramref name="column"/>; null when it is not a text column of the table.</summary>
    public int? MaxLength(string column) => MaxLengths.TryGetValue(column, out var max) ? max : null;

    /// <summary><paramref name="value"/> cut to fit <paramref name="column"/> when it is text; any other value as it is.</summary>
    public object? Fit(string column, object? value) => value is string text && MaxLength(column) is { } max ? Cut(text, max) : value;

    /// <summary>
    /// <paramref name="text"/> when it fits <paramref name="max"/> characters; otherwise its start and an ellipsis, exactly
    /// <paramref name="max"/> characters or one fewer, never splitting a surrogate pair.
    /// </summary>
    public static string Cut(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + Ellipsis;
    }

    public override string ToString() => $"{Table}: {MaxLengths.Count} text columns";
}
