using System.Text.RegularExpressions;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// The <c>$filter</c> of a metadata query, in the forms clients send to find definitions by name:
/// <c>LogicalName eq 'lead'</c>, several joined by <c>or</c>, or <c>LogicalName in ('lead','contact')</c>. Any other
/// filter is answered 501, so a test finds the gap at once.
/// </summary>
internal sealed partial class MetadataFilter
{
    private readonly string? _property;
    private readonly HashSet<string> _values;

    private MetadataFilter(string? property, HashSet<string> values)
    {
        _property = property;
        _values = values;
    }

    public static MetadataFilter Parse(string? filter, IReadOnlyCollection<string> properties, string typeName)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return new MetadataFilter(null, []);
        }

        var terms = filter.Split(" or ", StringSplitOptions.TrimEntries).Select(t => In().Match(t) is { Success: true } m ? m : Eq().Match(t)).ToList();
        var names = terms.Select(t => t.Groups["name"].Value).Distinct().ToList();
        if (terms.Any(t => !t.Success) || names.Count != 1)
        {
            throw ApiException.NotEmulated($"The metadata filter '{filter}' (only \"<property> eq '<value>'\" joined by 'or', or \"<property> in (…)\")");
        }

        if (!properties.Contains(names[0]))
        {
            throw ApiException.UnknownProperty(names[0], typeName);
        }

        var values = terms.SelectMany(t => t.Groups["value"].Captures.Select(c => c.Value.Replace("''", "'", StringComparison.Ordinal)));
        return new MetadataFilter(names[0], new HashSet<string>(values, StringComparer.Ordinal));
    }

    /// <summary>Whether a definition passes: <paramref name="valueOf"/> reads the filtered property of it.</summary>
    public bool Matches(Func<string, string?> valueOf) => _property is null || valueOf(_property) is { } value && _values.Contains(value);

    [GeneratedRegex(@"^(?<name>\w+) eq '(?<value>(?:[^']|'')*)'$")]
    private static partial Regex Eq();

    [GeneratedRegex(@"^(?<name>\w+) in \(\s*'(?<value>(?:[^']|'')*)'(?:\s*,\s*'(?<value>(?:[^']|'')*)')*\s*\)$")]
    private static partial Regex In();
}
